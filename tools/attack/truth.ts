import type { Client } from 'pg';

import { dateRangeOf, type Window, windowKey } from './months';

/**
 * The true, unsuppressed counts, to confirm a recovery instead of guessing it. Counted by the
 * owner centre by centre with `reporting.centre_figures` (the centres' own live counting, from
 * their base tables) and `app.tenant_id` set: row-level security binds the owner too.
 */
export class TruthIndex {
  private readonly values = new Map<string, number>();

  constructor(
    private readonly centreIds: string[],
    /** Municipalities published by name; the others are counted under OTHER. */
    private readonly namedMunicipalities: Set<string>,
  ) {}

  add(
    centreId: string,
    window: Window,
    figure: string,
    dimension: string,
    category: string,
    value: number,
  ) {
    const published =
      dimension === 'MUNICIPALITY' &&
      category !== 'UNKNOWN' &&
      !this.namedMunicipalities.has(category)
        ? 'OTHER'
        : category;
    const key = truthKey(centreId, window, figure, dimension, published);
    this.values.set(key, (this.values.get(key) ?? 0) + value);
  }

  has(window: Window): boolean {
    return this.windows.has(windowKey(window));
  }

  readonly windows = new Set<string>();

  /** A centre's count, or the country's (null); undefined when that window was not counted. */
  value(
    centreId: string | null,
    window: Window,
    figure: string,
    dimension: string,
    category: string,
  ): number | undefined {
    if (!this.has(window)) return undefined;
    const ids = centreId === null ? this.centreIds : [centreId];
    return ids.reduce(
      (sum, id) => sum + (this.values.get(truthKey(id, window, figure, dimension, category)) ?? 0),
      0,
    );
  }
}

function truthKey(
  centreId: string,
  window: Window,
  figure: string,
  dimension: string,
  category: string,
) {
  return `${centreId}|${windowKey(window)}|${figure}|${dimension}|${category}`;
}

export async function countTruth(
  owner: Client,
  centreIds: string[],
  windows: Window[],
  namedMunicipalities: Set<string>,
): Promise<TruthIndex> {
  const truth = new TruthIndex(centreIds, namedMunicipalities);
  const unique = [...new Map(windows.map((window) => [windowKey(window), window])).values()];
  for (const centreId of centreIds) {
    await owner.query('BEGIN READ ONLY');
    try {
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [centreId]);
      const { rows } = await owner.query<{
        window_no: number;
        figure: string;
        dimension: string;
        category: string;
        value: string;
      }>(
        `SELECT window_no, figure, dimension, category, value
         FROM reporting.centre_figures($1::daterange[])`,
        [unique.map(dateRangeOf)],
      );
      for (const row of rows) {
        // Window 0 is a snapshot (waiting now): the same in every window.
        const targets = row.window_no === 0 ? unique : [unique[row.window_no - 1]];
        for (const window of targets) {
          truth.add(centreId, window, row.figure, row.dimension, row.category, Number(row.value));
        }
      }
    } finally {
      await owner.query('COMMIT');
    }
  }
  for (const window of unique) truth.windows.add(windowKey(window));
  return truth;
}
