import type { MigrationInterface, QueryRunner } from 'typeorm';

import { REPORTING_ROLE } from '../database-roles';

const SEARCH_PATH = 'SET search_path = pg_catalog, public, pg_temp';
const WINDOW_ARGS = 'daterange[], text[], text[], integer[]';

/**
 * Published figures are protected inside the database (docs/decisions/0006-published-figures.md).
 *
 * The counting that `reporting.national_figures` did is kept, unchanged, as
 * `reporting.count_all_centres`, which only its owner may call. The reporting role's
 * `national_figures` now returns only what may be published:
 * - counts of people carry consistent noise: the same cell (centre or country, figure, dimension,
 *   category) with the same true count always gets the same noise, drawn from a published
 *   perturbation table by a key only the database knows (`reporting.publication_rules.secret`);
 *   zero stays zero, and a published count from 1 to k-1 is returned as null (hidden);
 * - counts of people exist only for months, quarters, half-years, years and "since the start"
 *   (a fixed grid of periods), and only for finished months;
 * - shares and percentiles are computed from the perturbed counts, never from the exact ones;
 * - municipalities that fewer than 10·k people have ever come from are merged into OTHER before
 *   anything is counted for the country or perturbed, and how many came from each is not returned;
 * - counts of the centres' work (groups, meetings, follow-ups, courses) are returned exactly;
 * - the country's row (centre_id null) is counted from the exact counts and perturbed as a cell of
 *   its own.
 */
export class PerturbedNationalFigures1765267200000 implements MigrationInterface {
  name = 'PerturbedNationalFigures1765267200000';

  async up(db: QueryRunner): Promise<void> {
    // One row: k, the perturbation table's shape, and the key that makes the noise unpredictable
    // (two random UUIDs from the server's strong random source). Only the owner reads it.
    await db.query(`
      CREATE TABLE reporting.publication_rules (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        threshold integer NOT NULL DEFAULT 5 CHECK (threshold >= 3),
        max_noise integer NOT NULL DEFAULT 10 CHECK (max_noise BETWEEN 1 AND 50),
        noise_ratio double precision NOT NULL DEFAULT 0.4 CHECK (noise_ratio > 0 AND noise_ratio < 1),
        secret text NOT NULL DEFAULT (gen_random_uuid()::text || gen_random_uuid()::text)
          CHECK (length(secret) >= 32)
      )`);
    await db.query(`INSERT INTO reporting.publication_rules DEFAULT VALUES`);
    await db.query(`REVOKE ALL ON reporting.publication_rules FROM PUBLIC`);

    await db.query(
      `ALTER FUNCTION reporting.national_figures(${WINDOW_ARGS}) RENAME TO count_all_centres`,
    );
    await db.query(
      `REVOKE ALL ON FUNCTION reporting.count_all_centres(${WINDOW_ARGS}) FROM PUBLIC, ${REPORTING_ROLE}`,
    );
    for (const sql of FUNCTIONS) await db.query(sql);
    // From here on the report functions' source is libs/platform/database/src/lib/report-sql/,
    // applied after the migrations whenever a file changes; this records what was applied.
    await db.query(`
      CREATE TABLE reporting.source_files (
        name text PRIMARY KEY,
        checksum text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`REVOKE ALL ON reporting.source_files FROM PUBLIC`);
    await db.query(`REVOKE ALL ON FUNCTION reporting.perturbation_table(integer, double precision),
      reporting.cell_noise(text, bigint), reporting.perturb(text, bigint),
      reporting.counts_people(text), reporting.publishes_people(daterange),
      reporting.published_rules(), reporting.national_figures(${WINDOW_ARGS}) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION reporting.national_figures(${WINDOW_ARGS}),
      reporting.published_rules() TO ${REPORTING_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION reporting.national_figures(${WINDOW_ARGS}),
      reporting.published_rules(), reporting.perturb(text, bigint), reporting.cell_noise(text, bigint),
      reporting.perturbation_table(integer, double precision), reporting.counts_people(text),
      reporting.publishes_people(daterange)`);
    await db.query(
      `ALTER FUNCTION reporting.count_all_centres(${WINDOW_ARGS}) RENAME TO national_figures`,
    );
    await db.query(
      `GRANT EXECUTE ON FUNCTION reporting.national_figures(${WINDOW_ARGS}) TO ${REPORTING_ROLE}`,
    );
    await db.query(`DROP TABLE reporting.publication_rules, reporting.source_files`);
  }
}

/**
 * The perturbation table: noise from -max to +max, each value with probability proportional to
 * ratio^|noise| (a two-sided geometric distribution, cut at ±max). Public: the decision record
 * prints it.
 */
const PERTURBATION_TABLE = `
CREATE FUNCTION reporting.perturbation_table(p_max integer, p_ratio double precision)
RETURNS TABLE (noise integer, probability double precision, cumulative double precision)
LANGUAGE sql IMMUTABLE ${SEARCH_PATH} AS $fn$
  SELECT t.noise, t.weight / sum(t.weight) OVER (),
    sum(t.weight) OVER (ORDER BY t.noise) / sum(t.weight) OVER ()
  FROM (SELECT e AS noise, power(p_ratio, abs(e)) AS weight FROM generate_series(-p_max, p_max) AS e) t
$fn$`;

/**
 * A cell's noise: its key is a number in [0, 1) from a keyed hash of the cell and its true count,
 * and the noise is the perturbation table's value at that point of its distribution. The same
 * cell with the same count gets the same noise in every window and every call, so asking again
 * (or for a period with the same people) gives nothing new to average.
 */
const CELL_NOISE = `
CREATE FUNCTION reporting.cell_noise(p_cell text, p_value bigint) RETURNS integer
LANGUAGE sql STABLE ${SEARCH_PATH} AS $fn$
  SELECT n.noise
  FROM reporting.publication_rules r
  CROSS JOIN LATERAL (
    SELECT ('x' || left(encode(sha256(convert_to(r.secret || '|' || p_cell || '|' || p_value::text, 'UTF8')), 'hex'), 12))
      ::bit(48)::bigint::double precision / 281474976710656.0 AS key
  ) k
  CROSS JOIN LATERAL (
    SELECT t.noise FROM reporting.perturbation_table(r.max_noise, r.noise_ratio) t
    WHERE t.cumulative > k.key OR t.noise = r.max_noise
    ORDER BY t.noise LIMIT 1
  ) n
$fn$`;

/** A published count of people: zero stays zero (nobody is made up), and nothing goes below it. */
const PERTURB = `
CREATE FUNCTION reporting.perturb(p_cell text, p_value bigint) RETURNS bigint
LANGUAGE sql STABLE ${SEARCH_PATH} AS $fn$
  SELECT CASE WHEN p_value = 0 THEN 0::bigint
    ELSE greatest(0, p_value + reporting.cell_noise(p_cell, p_value))::bigint END
$fn$`;

/**
 * Figures that count the centres' work are published exactly; everything else counts people (or
 * what people did), also any figure added later until it is listed here.
 */
const COUNTS_PEOPLE = `
CREATE FUNCTION reporting.counts_people(p_figure text) RETURNS boolean
LANGUAGE sql IMMUTABLE ${SEARCH_PATH} AS $fn$
  SELECT p_figure NOT IN ('GROUPS_STARTED', 'GROUPS_ENDED', 'GROUPS_ACTIVE', 'GROUPS_SELF_RUN',
    'OPEN_GROUP_MEETINGS', 'FOLLOW_UPS', 'COURSES_HELD', 'FIRST_MONTH')
$fn$`;

/**
 * The grid of periods counts of people are published for: a month, a calendar quarter, half-year
 * or year, or "since the start" (from 2000-01-01, before any centre). Any other window would be
 * one more noisy view of the months inside it for an attacker to combine.
 */
const PUBLISHES_PEOPLE = `
CREATE FUNCTION reporting.publishes_people(p_window daterange) RETURNS boolean
LANGUAGE sql IMMUTABLE ${SEARCH_PATH} AS $fn$
  SELECT lower(p_window) = DATE '2000-01-01'
    OR upper(p_window) = (lower(p_window) + interval '1 month')::date
    OR (extract(month FROM lower(p_window)) IN (1, 4, 7, 10)
        AND upper(p_window) = (lower(p_window) + interval '3 months')::date)
    OR (extract(month FROM lower(p_window)) IN (1, 7)
        AND upper(p_window) = (lower(p_window) + interval '6 months')::date)
    OR (extract(month FROM lower(p_window)) = 1
        AND upper(p_window) = (lower(p_window) + interval '1 year')::date)
$fn$`;

/** k and the perturbation table's shape, for the reports' footnotes: everything but the key. */
const PUBLISHED_RULES = `
CREATE FUNCTION reporting.published_rules()
RETURNS TABLE (threshold integer, max_noise integer, noise_ratio double precision)
LANGUAGE sql STABLE SECURITY DEFINER ${SEARCH_PATH} AS $fn$
  SELECT r.threshold, r.max_noise, r.noise_ratio FROM reporting.publication_rules r
$fn$`;

/**
 * What the reporting role may have: one row per (centre, or the country when centre_id is null;
 * window; figure; dimension; category). `value` is null when the number is hidden. Shares come as
 * dimension SHARE, category MET_PERCENT, of the promise figure (from its perturbed MET and MISSED
 * counts); the days to a first group as dimension PERCENTILE, categories 50 and 90 (from the
 * perturbed histogram, with at least k, and 2·k, people behind them). The arguments are those of
 * count_all_centres.
 */
const NATIONAL_FIGURES = `
CREATE FUNCTION reporting.national_figures(p_windows daterange[], p_figures text[] DEFAULT NULL,
  p_dimensions text[] DEFAULT NULL, p_share_windows integer[] DEFAULT NULL)
RETURNS TABLE (centre_id uuid, window_no integer, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER ${SEARCH_PATH}
SET max_parallel_workers_per_gather = 0 AS $fn$
#variable_conflict use_column
DECLARE
  v_rules reporting.publication_rules;
  -- Every centre is in Norway's time zone today (as REPORT_ZONE in the API).
  v_running date := reporting.month_of((now() AT TIME ZONE 'Europe/Oslo')::date);
  v_figures text[] := p_figures;
BEGIN
  IF coalesce(array_length(p_windows, 1), 0) = 0 OR array_length(p_windows, 1) > 400 THEN
    RAISE EXCEPTION 'reporting.national_figures takes 1 to 400 windows';
  END IF;
  PERFORM reporting.check_windows(p_windows);
  -- A running month's counts change from one hour to the next, and the change is the people who
  -- came in between.
  IF EXISTS (SELECT FROM unnest(p_windows) AS r WHERE upper(r) > v_running) THEN
    RAISE EXCEPTION 'reporting: published figures cover finished months only (the running month began %)', v_running;
  END IF;
  SELECT * INTO STRICT v_rules FROM reporting.publication_rules;
  IF v_figures IS NOT NULL AND (p_dimensions IS NULL OR 'MUNICIPALITY' = ANY(p_dimensions)) THEN
    v_figures := v_figures || 'MUNICIPALITY_SIZE'::text;
  END IF;

  RETURN QUERY
  WITH counted AS (
    SELECT c.centre_id, c.window_no, c.figure, c.dimension, c.category, c.value
    FROM reporting.count_all_centres(p_windows, v_figures, p_dimensions, p_share_windows) c
  ),
  named AS (
    SELECT c.category FROM counted c
    WHERE c.figure = 'MUNICIPALITY_SIZE' AND c.category NOT IN ('UNKNOWN', 'OTHER')
    GROUP BY c.category HAVING sum(c.value) >= 10 * v_rules.threshold
  ),
  merged AS (
    SELECT c.centre_id, c.window_no, c.figure, c.dimension,
      CASE WHEN c.dimension = 'MUNICIPALITY' AND c.category <> 'UNKNOWN'
             AND c.category NOT IN (SELECT n.category FROM named n) THEN 'OTHER'
           ELSE c.category END AS category,
      sum(c.value)::bigint AS value
    FROM counted c WHERE c.figure <> 'MUNICIPALITY_SIZE'
    GROUP BY 1, 2, 3, 4, 5
  ),
  cells AS (
    SELECT m.centre_id, m.window_no, m.figure, m.dimension, m.category, m.value FROM merged m
    UNION ALL
    SELECT NULL::uuid, m.window_no, m.figure, m.dimension, m.category, sum(m.value)::bigint
    FROM merged m GROUP BY m.window_no, m.figure, m.dimension, m.category
  ),
  published AS (
    SELECT c.centre_id, c.window_no, c.figure, c.dimension, c.category, p.people,
      CASE WHEN p.people THEN reporting.perturb(
          concat_ws('|', coalesce(c.centre_id::text, 'COUNTRY'), c.figure, c.dimension, c.category), c.value)
        ELSE c.value END AS value
    FROM cells c
    CROSS JOIN LATERAL (SELECT reporting.counts_people(c.figure) AS people) p
    WHERE NOT p.people OR c.window_no = 0 OR reporting.publishes_people(p_windows[c.window_no])
  ),
  days AS (
    SELECT p.centre_id, p.window_no, p.figure, p.category::integer AS day,
      sum(p.value) OVER (PARTITION BY p.centre_id, p.window_no, p.figure ORDER BY p.category::integer) AS running,
      sum(p.value) OVER (PARTITION BY p.centre_id, p.window_no, p.figure) AS total
    FROM published p WHERE p.dimension = 'DAYS' AND p.value > 0
  )
  SELECT p.centre_id, p.window_no, p.figure, p.dimension, p.category,
    CASE WHEN p.people AND p.value BETWEEN 1 AND v_rules.threshold - 1 THEN NULL ELSE p.value END
  FROM published p WHERE p.dimension NOT IN ('STATE', 'DAYS')
  UNION ALL
  SELECT s.centre_id, s.window_no, s.figure, 'SHARE', 'MET_PERCENT',
    CASE WHEN s.due >= v_rules.threshold THEN round(100.0 * s.met / s.due)::bigint END
  FROM (
    SELECT p.centre_id, p.window_no, p.figure,
      coalesce(sum(p.value) FILTER (WHERE p.category = 'MET'), 0) AS met,
      coalesce(sum(p.value) FILTER (WHERE p.category IN ('MET', 'MISSED')), 0) AS due
    FROM published p WHERE p.dimension = 'STATE'
    GROUP BY p.centre_id, p.window_no, p.figure
  ) s
  WHERE s.due > 0
  UNION ALL
  SELECT d.centre_id, d.window_no, d.figure, 'PERCENTILE', q.percentile::text,
    CASE WHEN max(d.total) >= q.minimum
      THEN min(d.day) FILTER (WHERE d.running >= greatest(1, ceil(q.percentile / 100.0 * d.total))) END::bigint
  FROM days d
  CROSS JOIN (VALUES (50, v_rules.threshold), (90, 2 * v_rules.threshold)) AS q(percentile, minimum)
  GROUP BY d.centre_id, d.window_no, d.figure, q.percentile, q.minimum;
END
$fn$`;

const FUNCTIONS = [
  PERTURBATION_TABLE,
  CELL_NOISE,
  PERTURB,
  COUNTS_PEOPLE,
  PUBLISHES_PEOPLE,
  PUBLISHED_RULES,
  NATIONAL_FIGURES,
];
