import { Injectable, Logger } from '@nestjs/common';
import {
  CentreEntity,
  ReportQueries,
  RequestTransaction,
  TenantDatabase,
} from '@link/platform/tenancy';

/** One centre's refresh: the first month its facts do not cover, i.e. its running month. */
export interface FactsRefreshed {
  centre: string;
  factsUntil: string;
}

/**
 * Keeps the report facts current: each centre's counts for every finished month, stored by
 * `reporting.refresh_facts`, so national and funder reports need not count from the base tables.
 */
@Injectable()
export class ReportFactsService {
  private readonly logger = new Logger(ReportFactsService.name);

  constructor(
    private readonly transaction: RequestTransaction,
    private readonly db: TenantDatabase,
    private readonly queries: ReportQueries,
  ) {}

  /** Every centre, each in its own transaction and centre context. */
  async refreshAll(): Promise<FactsRefreshed[]> {
    const centres = await this.transaction.run(undefined, async () =>
      (await this.db.platform(CentreEntity)).find({
        where: { kind: 'CENTRE' },
        order: { slug: 'ASC' },
      }),
    );
    const refreshed: FactsRefreshed[] = [];
    for (const centre of centres) {
      const factsUntil = await this.transaction.run(
        {
          userId: null,
          sessionId: null,
          centreId: centre.id,
          centreRole: null,
          platformRole: null,
        },
        () => this.queries.refreshFacts(),
      );
      refreshed.push({ centre: centre.slug, factsUntil });
    }
    this.logger.log(`Report facts refreshed for ${refreshed.length} centres`);
    return refreshed;
  }
}
