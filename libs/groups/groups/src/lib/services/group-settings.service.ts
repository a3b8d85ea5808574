import { Injectable } from '@nestjs/common';

import { TenantDatabase } from '@link/platform/tenancy';

interface GroupSettings {
  followUpWeeks: number;
  groupMinSize: number;
  groupMaxSize: number;
  matchingWeights: Record<string, number>;
}

const DEFAULTS: GroupSettings = {
  followUpWeeks: 6,
  groupMinSize: 5,
  groupMaxSize: 8,
  matchingWeights: {},
};

/** The centre's frames for groups (sizes, follow-up interval, matching weights). */
@Injectable()
export class GroupSettingsService {
  constructor(private readonly db: TenantDatabase) {}

  async current(): Promise<GroupSettings> {
    const manager = await this.db.manager();
    const [row] = await manager.query<
      {
        follow_up_weeks: number;
        group_min_size: number;
        group_max_size: number;
        matching_weights: Record<string, number>;
      }[]
    >(
      `SELECT follow_up_weeks, group_min_size, group_max_size, matching_weights FROM centre_settings LIMIT 1`,
    );
    if (!row) return DEFAULTS;
    return {
      followUpWeeks: row.follow_up_weeks,
      groupMinSize: row.group_min_size,
      groupMaxSize: row.group_max_size,
      matchingWeights: row.matching_weights,
    };
  }
}
