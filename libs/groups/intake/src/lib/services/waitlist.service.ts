import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type { WaitlistFilter } from '../dto/waitlist.args';
import { GroupFormatPreference, ParticipantStatus } from '../intake.enums';
import type { ParticipantModel } from '../models/participant.model';
import type { WaitlistFiguresModel } from '../models/waitlist.models';
import {
  PARTICIPANT_ROW_COLUMNS,
  type ParticipantRow,
  toParticipantModel,
} from './participant-rows';

/** Who is waiting for a group, longest-waiting first, and how long people wait. */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async list(filter: WaitlistFilter, page: PageArgs): Promise<Page<ParticipantModel>> {
    const params: unknown[] = [this.context.requireCentreId(), ParticipantStatus.WAITING];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`p.tenant_id = $1 AND p.status = $2`];
    if (filter.municipality)
      where.push(`lower(p.municipality) = lower(${param(filter.municipality)})`);
    // Someone who named no times or days is open to all of them.
    if (filter.timeOfDay) {
      where.push(`(cardinality(p.preferred_times_of_day) = 0
                   OR ${param(filter.timeOfDay)} = ANY(p.preferred_times_of_day))`);
    }
    if (filter.weekday) {
      where.push(`(cardinality(p.preferred_weekdays) = 0
                   OR ${param(filter.weekday)} = ANY(p.preferred_weekdays))`);
    }
    if (filter.format) {
      where.push(`(p.preferred_format IS NULL
                   OR p.preferred_format = ANY(${param([filter.format, GroupFormatPreference.EITHER])}))`);
    }
    if (filter.theme) where.push(`lower(p.preferred_theme) = lower(${param(filter.theme)})`);
    const filtered = `FROM participants p WHERE ${where.join(' AND ')}`;
    // One statement: the page as plain rows, read in order from the status index up to its
    // limit, and the total counted once beside them (a window count would read every waiting
    // person's whole row first).
    const manager = await this.db.manager();
    const rows = await manager.query<(ParticipantRow & { totalCount: number })[]>(
      `SELECT ${PARTICIPANT_ROW_COLUMNS}, (SELECT count(*)::integer ${filtered}) AS "totalCount"
         ${filtered}
        ORDER BY p.waiting_since, p.id
        LIMIT ${param(page.limit)} OFFSET ${param(page.offset)}`,
      params,
    );
    // A page past the end has no row to carry the total.
    const total =
      rows.length > 0 || page.offset === 0
        ? (rows[0]?.totalCount ?? 0)
        : (
            await manager.query<{ total: number }[]>(
              `SELECT count(*)::integer AS total ${filtered}`,
              params.slice(0, -2),
            )
          )[0].total;
    return toPage(rows.map(toParticipantModel), total, page);
  }

  async figures(): Promise<WaitlistFiguresModel> {
    const manager = await this.db.manager();
    const [row] = await manager.query<
      { waiting: number; median_days: number | null; longest_days: number | null }[]
    >(
      `SELECT count(*)::int AS waiting,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM now() - waiting_since) / 86400) AS median_days,
              max(extract(epoch FROM now() - waiting_since) / 86400) AS longest_days
         FROM participants WHERE tenant_id = $1 AND status = 'WAITING'`,
      [this.context.requireCentreId()],
    );
    const days = (value: number | null) => (value === null ? null : Math.floor(Number(value)));
    return {
      waiting: row.waiting,
      medianDays: days(row.median_days),
      longestDays: days(row.longest_days),
    };
  }
}
