import { GroupStatus } from '../groups.enums';

/** Where a group may go next from each status (PAUSED returns to where it paused). */
const NEXT: Record<GroupStatus, GroupStatus[]> = {
  [GroupStatus.PLANNED]: [GroupStatus.RECRUITING, GroupStatus.ENDED],
  [GroupStatus.RECRUITING]: [GroupStatus.STARTING, GroupStatus.PAUSED, GroupStatus.ENDED],
  [GroupStatus.STARTING]: [GroupStatus.SELF_RUN, GroupStatus.PAUSED, GroupStatus.ENDED],
  [GroupStatus.SELF_RUN]: [GroupStatus.PAUSED, GroupStatus.ENDED],
  [GroupStatus.PAUSED]: [GroupStatus.ENDED],
  [GroupStatus.ENDED]: [],
};

export function allowedTransitions(
  status: GroupStatus,
  pausedFrom: GroupStatus | null,
): GroupStatus[] {
  if (status === GroupStatus.PAUSED && pausedFrom) return [pausedFrom, ...NEXT[GroupStatus.PAUSED]];
  return NEXT[status];
}

export const WEEKDAY_ORDER = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

/** Morning before 10, forenoon 10–12, afternoon 12–17, evening from 17 (local time). */
export function timeOfDayOf(startTime: string): 'MORNING' | 'FORENOON' | 'AFTERNOON' | 'EVENING' {
  const hour = Number(startTime.slice(0, 2));
  if (hour < 10) return 'MORNING';
  if (hour < 12) return 'FORENOON';
  if (hour < 17) return 'AFTERNOON';
  return 'EVENING';
}

export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** A weekly meeting as `[start, end)` minutes of the week, for overlap checks and bookings. */
export function weeklySlot(
  weekday: string,
  startTime: string,
  durationMinutes: number,
): [number, number] {
  const start = WEEKDAY_ORDER.indexOf(weekday) * 1440 + minutesOf(startTime);
  return [start, start + durationMinutes];
}

export function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Selvhjelp Norge's frame: ages in a group within 15 years of each other. */
export const RECOMMENDED_AGE_SPAN = 15;
