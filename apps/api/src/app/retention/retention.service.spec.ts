import type { PrivacyService } from '@link/groups/intake';
import type { CoursesService } from '@link/training/courses';

import { RetentionService } from './retention.service';

function serviceWith(participants: jest.Mock, courseExternals: jest.Mock) {
  return new RetentionService(
    { runRetention: participants } as unknown as PrivacyService,
    { runRetention: courseExternals } as unknown as CoursesService,
  );
}

describe('the retention rule', () => {
  it('erases participants and course externals in one run', async () => {
    const participants = jest.fn().mockResolvedValue({ bergen: 2 });
    const courseExternals = jest.fn().mockResolvedValue({ bergen: 1 });
    expect(await serviceWith(participants, courseExternals).run()).toEqual({
      participants: { bergen: 2 },
      courseExternals: { bergen: 1 },
    });
  });

  it('still erases course externals when the participants part fails, then reports the failure', async () => {
    const participants = jest.fn().mockRejectedValue(new Error('the database went away'));
    const courseExternals = jest.fn().mockResolvedValue({ bergen: 1 });
    await expect(serviceWith(participants, courseExternals).run()).rejects.toBeInstanceOf(
      AggregateError,
    );
    expect(courseExternals).toHaveBeenCalledTimes(1);
  });
});
