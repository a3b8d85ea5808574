import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';

import { GroupEventKind, GroupStatus } from '../groups.enums';
import type { MyGroupModel } from '../models/staffing.models';

/**
 * A starter's own groups in the active centre (issue 13, item 1): those they start now, and
 * self-run groups that invited them back after they withdrew (an invitation stands until the
 * centre records that they returned). Members appear by first name or alias only, which a
 * starter in the room knows anyway; no contact detail, age, reason or status of a person.
 * Whose groups these are is decided here, by the signed-in user's own membership: row-level
 * security keeps other centres out, this query keeps other starters' groups out.
 */
@Injectable()
export class MyGroupsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async mine(): Promise<MyGroupModel[]> {
    const centreId = this.context.requireCentreId();
    const userId = this.context.requireSignedIn().userId;
    const manager = await this.db.manager();
    const rows = await manager.query<
      {
        id: string;
        name: string;
        kind: string;
        format: string;
        weekday: string;
        start_time: string;
        duration_minutes: number;
        start_date: string;
        status: string;
        meeting_link: string | null;
        room_name: string | null;
        room_address: string | null;
        room_municipality: string | null;
        my_part: string;
        invited_back_on: string | null;
      }[]
    >(
      `WITH mine AS (
         SELECT s.group_id, bool_or(s.released_at IS NULL) AS active, max(s.released_at) AS released_at
           FROM group_starters s
           JOIN memberships m ON m.tenant_id = s.tenant_id AND m.id = s.membership_id
          WHERE s.tenant_id = $1 AND m.user_id = $2
          GROUP BY s.group_id
       ), invitation AS (
         SELECT e.group_id, max(e.occurred_on) FILTER (WHERE e.kind = $3) AS invited_on,
                max(e.occurred_on) FILTER (WHERE e.kind = $4) AS returned_on
           FROM group_events e
          WHERE e.tenant_id = $1 AND e.group_id IN (SELECT group_id FROM mine)
          GROUP BY e.group_id
       )
       SELECT g.id, g.name, g.kind, g.format, g.weekday, g.start_time::text, g.duration_minutes,
              to_char(g.start_date, 'YYYY-MM-DD') AS start_date, g.status, g.meeting_link,
              r.name AS room_name, r.address AS room_address, r.municipality AS room_municipality,
              CASE WHEN mine.active THEN 'STARTER' ELSE 'INVITED_BACK' END AS my_part,
              CASE WHEN NOT mine.active THEN to_char(i.invited_on, 'YYYY-MM-DD') END AS invited_back_on
         FROM mine
         JOIN groups g ON g.tenant_id = $1 AND g.id = mine.group_id
         LEFT JOIN rooms r ON r.tenant_id = g.tenant_id AND r.id = g.room_id
         LEFT JOIN invitation i ON i.group_id = g.id
        WHERE g.status <> $5
          AND (mine.active
               OR (g.status = $6 AND i.invited_on IS NOT NULL
                   AND i.invited_on >= (mine.released_at AT TIME ZONE 'Europe/Oslo')::date
                   AND (i.returned_on IS NULL OR i.returned_on < i.invited_on)))
        ORDER BY array_position(ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'], g.weekday),
                 g.start_time, g.name`,
      [
        centreId,
        userId,
        GroupEventKind.STARTER_INVITED_BACK,
        GroupEventKind.STARTER_RETURNED,
        GroupStatus.ENDED,
        GroupStatus.SELF_RUN,
      ],
    );
    if (rows.length === 0) return [];
    const members = await manager.query<{ group_id: string; display_name: string }[]>(
      `SELECT gm.group_id, p.display_name
         FROM group_members gm JOIN participants p ON p.tenant_id = gm.tenant_id AND p.id = gm.participant_id
        WHERE gm.tenant_id = $1 AND gm.group_id = ANY ($2) AND gm.left_on IS NULL
        ORDER BY p.display_name`,
      [centreId, rows.map((r) => r.id)],
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      format: r.format,
      weekday: r.weekday,
      startTime: r.start_time.slice(0, 5),
      durationMinutes: r.duration_minutes,
      startDate: r.start_date,
      status: r.status,
      room:
        r.room_name !== null
          ? {
              name: r.room_name,
              address: r.room_address ?? '',
              municipality: r.room_municipality ?? '',
            }
          : null,
      meetingLink: r.meeting_link,
      myPart: r.my_part,
      invitedBackOn: r.invited_back_on,
      memberNames: members.filter((m) => m.group_id === r.id).map((m) => m.display_name),
    }));
  }
}
