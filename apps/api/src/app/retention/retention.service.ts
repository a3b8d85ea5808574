import { Injectable } from '@nestjs/common';

import { PrivacyService } from '@link/groups/intake';
import { CoursesService } from '@link/training/courses';

/** Per centre (slug), how many were erased. */
export interface RetentionResult {
  participants: Record<string, number>;
  courseExternals: Record<string, number>;
}

/**
 * The whole retention rule, in one place for the API's timer and the `retention` command alike:
 * participants without activity for their centre's retention period, and the details of external
 * course enrolees once their course is past its own period. It lives in the app because the two
 * domains may not import each other.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly courses: CoursesService,
  ) {}

  /** Runs every part even when one fails, then reports the failures together. */
  async run(): Promise<RetentionResult> {
    const failures: unknown[] = [];
    const attempt = async (part: () => Promise<Record<string, number>>) => {
      try {
        return await part();
      } catch (error) {
        failures.push(error);
        return {};
      }
    };
    const participants = await attempt(() => this.privacy.runRetention());
    const courseExternals = await attempt(() => this.courses.runRetention());
    if (failures.length > 0) throw new AggregateError(failures, 'The retention run failed');
    return { participants, courseExternals };
  }
}
