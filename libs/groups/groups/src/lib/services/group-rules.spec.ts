import { GroupStatus } from '../groups.enums';
import { allowedTransitions, overlaps, timeOfDayOf, weeklySlot } from './group-rules';

describe('group lifecycle', () => {
  it('goes planned → recruiting → starting → self-run → ended', () => {
    expect(allowedTransitions(GroupStatus.PLANNED, null)).toEqual(['RECRUITING', 'ENDED']);
    expect(allowedTransitions(GroupStatus.RECRUITING, null)).toContain('STARTING');
    expect(allowedTransitions(GroupStatus.STARTING, null)).toContain('SELF_RUN');
    expect(allowedTransitions(GroupStatus.SELF_RUN, null)).toEqual(['PAUSED', 'ENDED']);
    expect(allowedTransitions(GroupStatus.ENDED, null)).toEqual([]);
  });

  it('returns from a pause to where it paused, and nowhere else but the end', () => {
    expect(allowedTransitions(GroupStatus.PAUSED, GroupStatus.STARTING)).toEqual([
      'STARTING',
      'ENDED',
    ]);
  });

  it('cannot pause a planned group or skip from planned to self-run', () => {
    expect(allowedTransitions(GroupStatus.PLANNED, null)).not.toContain('PAUSED');
    expect(allowedTransitions(GroupStatus.PLANNED, null)).not.toContain('SELF_RUN');
  });
});

describe('time', () => {
  it('names the time of day from the start time', () => {
    expect(
      ['08:30:00', '10:00:00', '12:00:00', '16:59:00', '17:00:00', '19:00:00'].map(timeOfDayOf),
    ).toEqual(['MORNING', 'FORENOON', 'AFTERNOON', 'AFTERNOON', 'EVENING', 'EVENING']);
  });

  it('finds overlapping weekly meetings, and lets back-to-back ones be', () => {
    const tuesdayEvening = weeklySlot('TUESDAY', '18:00:00', 120);
    expect(overlaps(tuesdayEvening, weeklySlot('TUESDAY', '19:30:00', 120))).toBe(true);
    expect(overlaps(tuesdayEvening, weeklySlot('TUESDAY', '20:00:00', 120))).toBe(false);
    expect(overlaps(tuesdayEvening, weeklySlot('WEDNESDAY', '18:00:00', 120))).toBe(false);
  });
});
