import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

import type { GroupSettingsInput } from '../dto/group-settings.input';

export interface GroupSettings {
  followUpWeeks: number;
  groupMinSize: number;
  groupMaxSize: number;
  matchingWeights: Record<string, number>;
  requireVolunteerClearance: boolean;
}

export const GROUP_SETTINGS_DEFAULTS: GroupSettings = {
  followUpWeeks: 6,
  groupMinSize: 5,
  groupMaxSize: 8,
  matchingWeights: {},
  requireVolunteerClearance: true,
};

/** The centre's frames for groups (sizes, follow-up interval, matching weights). */
@Injectable()
export class GroupSettingsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async update(input: GroupSettingsInput): Promise<GroupSettings> {
    const current = await this.current();
    const next: GroupSettings = {
      followUpWeeks: input.followUpWeeks ?? current.followUpWeeks,
      groupMinSize: input.groupMinSize ?? current.groupMinSize,
      groupMaxSize: input.groupMaxSize ?? current.groupMaxSize,
      matchingWeights: { ...current.matchingWeights, ...(input.matchingWeights ?? {}) },
      requireVolunteerClearance:
        input.requireVolunteerClearance ?? current.requireVolunteerClearance,
    };
    if (next.groupMinSize > next.groupMaxSize) {
      throw new BadUserInputError('Minste gruppe kan ikke være større enn største.', [
        {
          field: 'groupMinSize',
          messages: [`${next.groupMinSize} er større enn ${next.groupMaxSize}.`],
        },
      ]);
    }
    const manager = await this.db.manager();
    await manager.query(
      `INSERT INTO centre_settings (tenant_id, id, follow_up_weeks, group_min_size, group_max_size, matching_weights,
          require_volunteer_clearance)
       VALUES ($1, gen_random_uuid(), $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id) DO UPDATE SET follow_up_weeks = EXCLUDED.follow_up_weeks,
         group_min_size = EXCLUDED.group_min_size, group_max_size = EXCLUDED.group_max_size,
         matching_weights = EXCLUDED.matching_weights,
         require_volunteer_clearance = EXCLUDED.require_volunteer_clearance, updated_at = now()`,
      [
        this.context.requireCentreId(),
        next.followUpWeeks,
        next.groupMinSize,
        next.groupMaxSize,
        next.matchingWeights,
        next.requireVolunteerClearance,
      ],
    );
    return next;
  }

  async current(): Promise<GroupSettings> {
    const manager = await this.db.manager();
    const [row] = await manager.query<
      {
        follow_up_weeks: number;
        group_min_size: number;
        group_max_size: number;
        matching_weights: Record<string, number>;
        require_volunteer_clearance: boolean;
      }[]
    >(
      `SELECT follow_up_weeks, group_min_size, group_max_size, matching_weights, require_volunteer_clearance
         FROM centre_settings LIMIT 1`,
    );
    if (!row) return GROUP_SETTINGS_DEFAULTS;
    return {
      followUpWeeks: row.follow_up_weeks,
      groupMinSize: row.group_min_size,
      groupMaxSize: row.group_max_size,
      matchingWeights: row.matching_weights,
      requireVolunteerClearance: row.require_volunteer_clearance,
    };
  }
}
