import { Injectable } from '@nestjs/common';

import { type Actor, RequestTransaction, TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError } from '@link/shared/errors';

import { GroupComposition, GroupFormat, GroupKind, GroupStatus } from '../groups.enums';
import type { PublicGroupModel } from '../models/group.models';
import { timeOfDayOf, WEEKDAY_ORDER } from './group-rules';

/** Someone not signed in, before a centre is chosen. */
const VISITOR: Actor = {
  userId: null,
  sessionId: null,
  centreId: null,
  centreRole: null,
  platformRole: null,
};

const RUNNING = [GroupStatus.RECRUITING, GroupStatus.STARTING, GroupStatus.SELF_RUN];

interface FinderRow {
  kind: GroupKind;
  format: GroupFormat;
  composition: GroupComposition;
  theme: string | null;
  weekday: string;
  start_time: string;
  municipality: string | null;
  status: GroupStatus;
  address: string | null;
}

/**
 * What anyone may see: open groups that meet, and closed groups that recruit. Never a name, a
 * member, a meeting link, or where a closed group meets beyond its municipality.
 */
@Injectable()
export class PublicFinderService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly transaction: RequestTransaction,
  ) {}

  async find(centreSlug: string): Promise<PublicGroupModel[]> {
    // The centre is read in the round trip that begins the transaction, then the groups as it.
    const [centre] = await this.transaction.actAsAndRead<{ id: string }>(
      VISITOR,
      `SELECT id FROM centres WHERE slug = $1 AND kind = 'CENTRE'`,
      [centreSlug],
    );
    if (!centre)
      throw new BadUserInputError('Ukjent senter.', [
        { field: 'centre', messages: ['Ukjent senter.'] },
      ]);
    await this.transaction.actAs({ ...VISITOR, centreId: centre.id });
    // Only what the page shows, the room's address joined: one statement, no entities built.
    const groups = await (
      await this.db.manager()
    ).query<FinderRow[]>(
      `SELECT g.kind, g.format, g.composition, g.theme, g.weekday, g.start_time::text AS start_time,
              g.municipality, g.status, r.address
         FROM groups g
         LEFT JOIN rooms r ON r.tenant_id = g.tenant_id AND r.id = g.room_id
        WHERE g.tenant_id = $1
          AND ((g.kind = $2 AND g.status = ANY($3)) OR (g.kind = $4 AND g.status = $5))`,
      [centre.id, GroupKind.OPEN, RUNNING, GroupKind.CLOSED, GroupStatus.RECRUITING],
    );
    return groups
      .map((group) => {
        const open = group.kind === GroupKind.OPEN;
        return {
          kind: group.kind,
          format: group.format,
          composition: group.composition,
          theme: group.theme,
          weekday: group.weekday,
          timeOfDay: timeOfDayOf(group.start_time),
          municipality: group.municipality,
          startTime: open ? group.start_time.slice(0, 5) : null,
          address: open && group.format === GroupFormat.PHYSICAL ? group.address : null,
          recruiting: group.status === GroupStatus.RECRUITING,
        };
      })
      .sort(
        (a, b) =>
          WEEKDAY_ORDER.indexOf(a.weekday) - WEEKDAY_ORDER.indexOf(b.weekday) ||
          a.timeOfDay.localeCompare(b.timeOfDay) ||
          (a.municipality ?? '').localeCompare(b.municipality ?? ''),
      );
  }
}
