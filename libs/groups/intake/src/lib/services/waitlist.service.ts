import { Injectable } from '@nestjs/common';

import { RequestContext, TenantDatabase } from '@link/platform/tenancy';
import { type Page, type PageArgs, toPage } from '@link/shared/graphql';

import type { WaitlistFilter } from '../dto/waitlist.args';
import { ParticipantEntity } from '../entities/participant.entity';
import { GroupFormatPreference, ParticipantStatus } from '../intake.enums';
import type { ParticipantModel } from '../models/participant.model';
import type { WaitlistFiguresModel } from '../models/waitlist.models';
import { toParticipantModel } from './participants.service';

/** Who is waiting for a group, longest-waiting first, and how long people wait. */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async list(filter: WaitlistFilter, page: PageArgs): Promise<Page<ParticipantModel>> {
    const query = (await this.db.scoped(ParticipantEntity).queryBuilder('p'))
      .andWhere('p.status = :waiting', { waiting: ParticipantStatus.WAITING })
      .orderBy('p.waitingSince', 'ASC')
      .addOrderBy('p.id')
      .skip(page.offset)
      .take(page.limit);
    if (filter.municipality)
      query.andWhere('lower(p.municipality) = lower(:municipality)', {
        municipality: filter.municipality,
      });
    // Someone who named no times or days is open to all of them.
    if (filter.timeOfDay) {
      query.andWhere(
        `(cardinality(p.preferredTimesOfDay) = 0 OR :timeOfDay = ANY(p.preferredTimesOfDay))`,
        { timeOfDay: filter.timeOfDay },
      );
    }
    if (filter.weekday) {
      query.andWhere(
        `(cardinality(p.preferredWeekdays) = 0 OR :weekday = ANY(p.preferredWeekdays))`,
        { weekday: filter.weekday },
      );
    }
    if (filter.format) {
      query.andWhere(`(p.preferredFormat IS NULL OR p.preferredFormat IN (:...formats))`, {
        formats: [filter.format, GroupFormatPreference.EITHER],
      });
    }
    if (filter.theme)
      query.andWhere('lower(p.preferredTheme) = lower(:theme)', { theme: filter.theme });
    const [rows, total] = await query.getManyAndCount();
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
