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

  /**
   * Every centre, each in its own transaction and centre context. One centre's failure does not
   * stop the others (its reports are counted from its base tables meanwhile); it is reported
   * once all have been tried.
   */
  async refreshAll(): Promise<FactsRefreshed[]> {
    const centres = await this.transaction.run(undefined, async () =>
      (await this.db.platform(CentreEntity)).find({
        where: { kind: 'CENTRE' },
        order: { slug: 'ASC' },
      }),
    );
    const refreshed: FactsRefreshed[] = [];
    const failed: string[] = [];
    for (const centre of centres) {
      try {
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
      } catch (error) {
        this.logger.error({ err: error }, `Refreshing the report facts of ${centre.slug} failed`);
        failed.push(centre.slug);
      }
    }
    if (failed.length > 0) {
      throw new Error(`The report facts of ${failed.join(', ')} could not be refreshed.`);
    }
    this.logger.log(`Report facts refreshed for ${refreshed.length} centres`);
    return refreshed;
  }
}
