import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { ForbiddenError } from '@link/shared/errors';

import type { WeeklyTimeModel } from '../models/staffing.models';

export interface VolunteerClearance {
  membershipId: string;
  userId: string;
  volunteerStatus: string | null;
  policeCertificateValidUntil: string | null;
  confidentialitySignedOn: string | null;
  availableWeekdays: string[];
  availableTimesOfDay: string[];
}

/**
 * What staffing a group needs from outside the groups tables: a volunteer's clearance in this
 * centre (read as plain SQL, since domains do not import each other), and the weekly times a
 * starter is busy in other centres, through `starter_busy_elsewhere` (migration 1765612800000),
 * which returns times and nothing else.
 */
@Injectable()
export class StaffingFacts {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async clearances(membershipIds: string[]): Promise<Map<string, VolunteerClearance>> {
    if (membershipIds.length === 0) return new Map();
    const manager = await this.db.manager();
    const rows = await manager.query<
      {
        membership_id: string;
        user_id: string;
        status: string | null;
        valid_until: string | null;
        signed_on: string | null;
        weekdays: string[] | null;
        times: string[] | null;
      }[]
    >(
      `SELECT m.id AS membership_id, m.user_id, vp.status,
              (SELECT to_char(pc.valid_until, 'YYYY-MM-DD') FROM police_certificate_checks pc
                WHERE pc.tenant_id = vp.tenant_id AND pc.profile_id = vp.id
                ORDER BY pc.shown_on DESC, pc.created_at DESC LIMIT 1) AS valid_until,
              to_char(vp.confidentiality_signed_on, 'YYYY-MM-DD') AS signed_on,
              vp.available_weekdays AS weekdays, vp.available_times_of_day AS times
         FROM memberships m
         LEFT JOIN volunteer_profiles vp ON vp.tenant_id = m.tenant_id AND vp.user_id = m.user_id
        WHERE m.tenant_id = $1 AND m.id = ANY ($2)`,
      [this.context.requireCentreId(), membershipIds],
    );
    return new Map(
      rows.map((r) => [
        r.membership_id,
        {
          membershipId: r.membership_id,
          userId: r.user_id,
          volunteerStatus: r.status,
          policeCertificateValidUntil: r.valid_until,
          confidentialitySignedOn: r.signed_on,
          availableWeekdays: r.weekdays ?? [],
          availableTimesOfDay: r.times ?? [],
        },
      ]),
    );
  }

  /** Weekly times each of these starters starts groups in another centre. */
  async busyElsewhere(membershipIds: string[]): Promise<Map<string, WeeklyTimeModel[]>> {
    const busy = new Map<string, WeeklyTimeModel[]>();
    if (membershipIds.length === 0) return busy;
    const manager = await this.db.manager();
    const rows = await manager
      .query<
        { membership_id: string; weekday: string; start_time: string; duration_minutes: number }[]
      >(`SELECT * FROM starter_busy_elsewhere($1::uuid[])`, [membershipIds])
      .catch((error: unknown) => {
        const code = (error as { driverError?: { code?: string } }).driverError?.code;
        throw code === 'L0403' ? new ForbiddenError() : error;
      });
    for (const row of rows) {
      const list = busy.get(row.membership_id) ?? [];
      list.push({
        weekday: row.weekday,
        startTime: row.start_time.slice(0, 5),
        durationMinutes: row.duration_minutes,
      });
      busy.set(row.membership_id, list);
    }
    return busy;
  }
}
