import { Injectable } from '@nestjs/common';

import { ReportingDatabase } from '@link/platform/database';

import { RequestContext } from './request-context';
import { RequestTransaction } from './request-transaction';

/** A count from the report functions: one figure, one category, one centre, one window. */
export interface FigureCount {
  /** Null for the country, in published figures. */
  centreId: string | null;
  /** 1-based position of the window it was counted in; 0 for a snapshot ("waiting now"). */
  windowNo: number;
  figure: string;
  dimension: string;
  category: string;
  /** Null when a published number is hidden. */
  value: number | null;
}

/** How published figures are protected, as the database applies it (everything but its key). */
export interface PublishedRules {
  /** Published counts of people from 1 to threshold - 1 are hidden (k). */
  threshold: number;
  /** A published count of people is at most this far from the true count. */
  maxNoise: number;
  /** The perturbation table's ratio: noise n has probability proportional to ratio^|n|. */
  noiseRatio: number;
}

/** What the reporting role may have: protected counts for every centre and the country. */
export interface PublishedCounts {
  counts: FigureCount[];
  rules: PublishedRules;
}

/** Which counts a caller will use; null (or left out) means all of them. */
export interface FigureFilter {
  figures?: string[] | null;
  dimensions?: string[] | null;
  /**
   * The windows (1-based) whose shares and percentiles are shown: their states and days are
   * counted, the other windows' are not (a report's neighbouring periods need only counts).
   */
  shareWindows?: number[] | null;
}

/** A window of whole days, `from` inclusive and `until` exclusive (ISO dates). */
export interface DayWindow {
  from: string;
  until: string;
}

interface Row {
  centre_id?: string | null;
  window_no: number;
  figure: string;
  dimension: string;
  category: string;
  value: string | null;
}

/**
 * The only way to the report functions of docs/architecture.md, decision 2. A centre's own
 * figures run in the request transaction as the runtime role, so row-level security scopes them;
 * figures for every centre run in a read-only transaction on a connection of their own that
 * logged in as the reporting role, which may execute the national function and read no table.
 */
@Injectable()
export class ReportQueries {
  constructor(
    private readonly transaction: RequestTransaction,
    private readonly context: RequestContext,
    private readonly reporting: ReportingDatabase,
  ) {}

  async ownCentre(windows: DayWindow[], only: FigureFilter = {}): Promise<FigureCount[]> {
    const centreId = this.context.requireCentreId();
    const manager = await this.transaction.manager();
    const rows: Row[] = await manager.query(
      `SELECT window_no, figure, dimension, category, value
       FROM reporting.centre_figures($1::daterange[], $2::text[], $3::text[], $4::integer[])`,
      filterArguments(windows, only),
    );
    return rows.map((row) => toCount(row, centreId));
  }

  /**
   * Published counts for every centre and the country, protected by the database
   * (docs/decisions/0006-published-figures.md): counted from each centre's stored facts where
   * they cover the windows, from its base tables where they do not (`refreshFacts` keeps them
   * current).
   */
  async allCentres(windows: DayWindow[], only: FigureFilter = {}): Promise<PublishedCounts> {
    return this.reporting.readOnly(async (client) => {
      const counted = await client.query<Row>(
        `SELECT centre_id, window_no, figure, dimension, category, value
         FROM reporting.national_figures($1::daterange[], $2::text[], $3::text[], $4::integer[])`,
        filterArguments(windows, only),
      );
      const rules = await client.query<{
        threshold: number;
        max_noise: number;
        noise_ratio: number;
      }>(`SELECT threshold, max_noise, noise_ratio FROM reporting.published_rules()`);
      const [rule] = rules.rows;
      return {
        counts: counted.rows.map((row) => toCount(row, row.centre_id ?? null)),
        rules: {
          threshold: rule.threshold,
          maxNoise: rule.max_noise,
          noiseRatio: rule.noise_ratio,
        },
      };
    });
  }

  /**
   * Stores the active centre's counts for every finished month, in the current (job)
   * transaction. Resolves to the first month not covered: the centre's running month.
   */
  async refreshFacts(): Promise<string> {
    const manager = await this.transaction.manager();
    const [row]: { until: string }[] = await manager.query(
      `SELECT reporting.refresh_facts()::text AS until`,
    );
    return row.until;
  }
}

function filterArguments(windows: DayWindow[], only: FigureFilter) {
  return [
    windows.map((window) => `[${window.from},${window.until})`),
    only.figures ?? null,
    only.dimensions ?? null,
    only.shareWindows ?? null,
  ];
}

function toCount(row: Row, centreId: string | null): FigureCount {
  return {
    centreId,
    windowNo: Number(row.window_no),
    figure: row.figure,
    dimension: row.dimension,
    category: row.category,
    value: row.value === null ? null : Number(row.value),
  };
}
