import type { MigrationInterface, QueryRunner } from 'typeorm';

import { REPORTING_ROLE } from '../database-roles';
import { CENTRE_FIGURES, NATIONAL_FIGURES } from './1764662400000-reporting';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const FACT_TABLES = ['month_facts', 'span_facts', 'snapshot_facts', 'period_facts'];

/**
 * Report facts: the national figures answer from per-centre facts instead of the base tables.
 *
 * Every figure is first counted in one of three shapes, by the same functions for a centre's own
 * live report and for the stored facts:
 * - `reporting.centre_month_counts(from, to)`: additive counts per month (inquiries, groups
 *   started, meetings, new people by birth year, days to group as a histogram ...). A window's
 *   count is the sum of its months.
 * - `reporting.centre_span_counts(from, to)`: counts of distinct people, groups, volunteers or
 *   courses, which are not additive over months (someone in a group all year is one person, not
 *   twelve). Each entity's active months become weighted runs (`reporting.span_edges`), summed
 *   per run and category, so a window's count is a sum over the rows that overlap it. Only sums
 *   are kept: no row stands for a person, and categories are never combined in one row.
 * - `reporting.centre_snapshots()`: what does not depend on the period (waiting now, how many
 *   people ever came from each municipality).
 *
 * `reporting.count_windows` turns either source (live or stored) into the figures of each
 * window. `reporting.refresh_facts()` stores the current centre's counts for every finished
 * month, and the figures of every month, quarter and year whole (`period_facts`).
 * `reporting.national_figures` answers each centre whose facts cover the windows asked for from
 * its stored periods, else from its summed facts, and counts the others from their base tables:
 * stale facts cost time, never correctness. The fact tables are centre-owned, under row-level
 * security, and no role but their owner has any privilege on them
 * (docs/decisions/0004-report-facts.md).
 */
export class ReportFacts1764748800000 implements MigrationInterface {
  name = 'ReportFacts1764748800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION reporting.national_figures(daterange[])`);
    await db.query(`DROP FUNCTION reporting.centre_figures(daterange[])`);

    // The facts are centre-owned like the rows they count: row-level security, the one tenant
    // policy, and no privilege for any role but their owner. They are read and written only by
    // the report functions, which set app.tenant_id to the centre they work on.
    await db.query(`
      CREATE TABLE reporting.month_facts (
        tenant_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        figure text COLLATE "C" NOT NULL,
        dimension text COLLATE "C" NOT NULL,
        category text COLLATE "C" NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, month, figure, dimension, category)
      )`);
    await db.query(`
      CREATE TABLE reporting.span_facts (
        tenant_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        year integer NOT NULL,
        figure text COLLATE "C" NOT NULL,
        dimension text COLLATE "C" NOT NULL,
        category text COLLATE "C" NOT NULL,
        starts date NOT NULL,
        ends date NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, year, figure, dimension, category, starts, ends)
      )`);
    await db.query(`
      CREATE TABLE reporting.snapshot_facts (
        tenant_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        figure text COLLATE "C" NOT NULL,
        dimension text COLLATE "C" NOT NULL,
        category text COLLATE "C" NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, figure, dimension, category)
      )`);
    // The figures of the periods people ask for most (see reporting.standard_periods), counted
    // whole at refresh: a report on such a period reads them instead of summing the facts above.
    // A period is two dates, not a daterange: under row-level security only leakproof operators
    // may become index conditions, and range equality is not one (date equality is).
    await db.query(`
      CREATE TABLE reporting.period_facts (
        tenant_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        id bigint GENERATED ALWAYS AS IDENTITY,
        period_from date NOT NULL,
        period_until date NOT NULL,
        figure text NOT NULL,
        dimension text NOT NULL,
        category text NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, period_from, period_until, figure, dimension, category)
      )`);
    // A time series asks for one figure's totals over many periods.
    await db.query(
      `CREATE INDEX period_facts_figure_idx ON reporting.period_facts (tenant_id, figure, dimension, period_from)`,
    );
    for (const table of FACT_TABLES) {
      await db.query(`ALTER TABLE reporting.${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE reporting.${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON reporting.${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
    }
    // Whose facts are there, and up to which month: no personal data and no counts, so a
    // platform table. `facts_until` is the first month not covered (the centre's running month
    // when they were refreshed); `first_month` its first month with figures. `periods` are
    // those in period_facts; `share_periods` those of them that also hold the states and days
    // behind shares and percentiles.
    await db.query(`
      CREATE TABLE reporting.fact_runs (
        centre_id uuid PRIMARY KEY REFERENCES centres (id) ON DELETE CASCADE,
        facts_until date NOT NULL,
        first_month date,
        periods daterange[] NOT NULL,
        share_periods daterange[] NOT NULL,
        refreshed_at timestamptz NOT NULL,
        took interval NOT NULL
      )`);

    for (const sql of FUNCTIONS) await db.query(sql);

    await db.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA reporting FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION
      reporting.centre_time_zone(), reporting.check_windows(daterange[]), reporting.month_of(date),
      reporting.month_span(date, date),
      reporting.span_year(date, date), reporting.span_edges(datemultirange),
      reporting.centre_month_counts(date, date), reporting.centre_span_counts(date, date),
      reporting.centre_snapshots(), reporting.count_windows(daterange[], text[], text[], integer[], boolean),
      reporting.centre_figures(daterange[], text[], text[], integer[]), reporting.refresh_facts()
      TO link_app`);
    await db.query(
      `GRANT EXECUTE ON FUNCTION reporting.national_figures(daterange[], text[], text[], integer[]) TO ${REPORTING_ROLE}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION reporting.national_figures(daterange[], text[], text[], integer[]),
      reporting.refresh_facts(), reporting.centre_figures(daterange[], text[], text[], integer[]),
      reporting.count_windows(daterange[], text[], text[], integer[], boolean), reporting.centre_snapshots(),
      reporting.centre_span_counts(date, date), reporting.centre_month_counts(date, date),
      reporting.standard_periods(date, date), reporting.span_edges(datemultirange),
      reporting.span_year(date, date), reporting.month_span(date, date),
      reporting.month_of(date), reporting.check_windows(daterange[]), reporting.centre_time_zone()`);
    await db.query(`DROP TABLE reporting.fact_runs, reporting.period_facts, reporting.snapshot_facts,
      reporting.span_facts, reporting.month_facts`);
    await db.query(CENTRE_FIGURES);
    await db.query(NATIONAL_FIGURES);
    await db.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA reporting FROM PUBLIC`);
    await db.query(
      `GRANT EXECUTE ON FUNCTION reporting.centre_figures(daterange[]), reporting.age_band(integer, date) TO link_app`,
    );
    await db.query(
      `GRANT EXECUTE ON FUNCTION reporting.national_figures(daterange[]) TO ${REPORTING_ROLE}`,
    );
  }
}

const HELPERS = [
  `CREATE FUNCTION reporting.centre_time_zone() RETURNS text
  LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $fn$
  DECLARE
    v_zone text;
  BEGIN
    SELECT c.time_zone INTO v_zone FROM centres c
    WHERE c.id = nullif(current_setting('app.tenant_id', true), '')::uuid;
    IF v_zone IS NULL THEN
      RAISE EXCEPTION 'reporting needs app.tenant_id to name a centre';
    END IF;
    RETURN v_zone;
  END
  $fn$`,
  // An open or empty window would silently count nothing.
  `CREATE FUNCTION reporting.check_windows(p_windows daterange[]) RETURNS void
  LANGUAGE plpgsql IMMUTABLE AS $fn$
  BEGIN
    IF EXISTS (SELECT FROM unnest(p_windows) AS r WHERE r IS NULL OR isempty(r) OR lower_inf(r) OR upper_inf(r)) THEN
      RAISE EXCEPTION 'reporting: every window needs a first and a last day';
    END IF;
  END
  $fn$`,
  // Through timestamp (without zone), so the session's time zone cannot move a day.
  `CREATE FUNCTION reporting.month_of(day date) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_trunc('month', day::timestamp)::date $$`,
  // The whole months from the one holding first_day to the one holding last_day (none: open).
  // Windows are whole months, so overlapping these months is overlapping the days.
  `CREATE FUNCTION reporting.month_span(first_day date, last_day date) RETURNS daterange
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT daterange(reporting.month_of(first_day), CASE WHEN last_day IS NOT NULL THEN
      greatest((reporting.month_of(last_day) + interval '1 month')::date, reporting.month_of(first_day))
    END)
  $$`,
  // Stored runs are also kept cut to each calendar year with a month either side (the
  // neighbouring periods of decision 3), so a report within one year reads only that year's.
  // Which cut covers [p_from, p_to): its year, or 0 for the uncut runs.
  `CREATE FUNCTION reporting.span_year(p_from date, p_to date) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_to <= make_date(y + 1, 2, 1) THEN y ELSE 0 END
    FROM (SELECT extract(year FROM p_from + interval '1 month')::integer AS y) AS candidate
  $$`,
  // Months, quarters and years that have finished by p_until, from p_first's year on, and their
  // neighbouring periods (decision 3: one month less or more at either end). `main` marks the
  // months, quarters and years themselves.
  `CREATE FUNCTION reporting.standard_periods(p_first date, p_until date)
  RETURNS TABLE (period daterange, main boolean)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    WITH main AS (
      SELECT daterange(m::date, (m + interval '1 month')::date) AS period
      FROM generate_series(date_trunc('year', p_first::timestamp), p_until::timestamp, interval '1 month') AS m
      UNION ALL
      SELECT daterange(q::date, (q + interval '3 months')::date)
      FROM generate_series(date_trunc('year', p_first::timestamp), p_until::timestamp, interval '3 months') AS q
      UNION ALL
      SELECT daterange(y::date, (y + interval '1 year')::date)
      FROM generate_series(date_trunc('year', p_first::timestamp), p_until::timestamp, interval '1 year') AS y
    ),
    shifted AS (
      SELECT m.period, true AS main FROM main m
      UNION ALL
      SELECT n.period, false
      FROM main m
      CROSS JOIN LATERAL (VALUES
        (daterange((lower(m.period) + interval '1 month')::date, upper(m.period))),
        (daterange(lower(m.period), (upper(m.period) - interval '1 month')::date)),
        (daterange((lower(m.period) - interval '1 month')::date, upper(m.period))),
        (daterange(lower(m.period), (upper(m.period) + interval '1 month')::date))
      ) AS n(period)
      WHERE NOT isempty(n.period)
    )
    SELECT s.period, bool_or(s.main) FROM shifted s
    WHERE upper(s.period) <= p_until
    GROUP BY s.period
  $$`,
  // A set of months as rows a window can be tested against with two comparisons: each run of
  // months [starts, ends) counts +1 when it overlaps the window, and each gap between two runs
  // counts -1 when the window reaches into both (stored as starts = the later run's start, ends
  // = the earlier run's end). For a window of whole months the sum is 1 when any month is in it
  // and 0 otherwise, so distinct people can be summed over rows without storing who they are.
  `CREATE FUNCTION reporting.span_edges(months datemultirange)
  RETURNS TABLE (starts date, ends date, weight integer)
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT e.starts, e.ends, e.weight
    FROM (
      SELECT lower(r) AS first_month, upper(r) AS after_last,
        lag(upper(r)) OVER (ORDER BY lower(r)) AS previous_after_last
      FROM unnest(months) AS r
    ) run
    CROSS JOIN LATERAL (VALUES (run.first_month, run.after_last, 1),
      (run.first_month, run.previous_after_last, -1)) AS e(starts, ends, weight)
    WHERE e.ends IS NOT NULL
  $$`,
];

/**
 * Additive counts per month for the current centre, for the months in [p_from, p_to). People
 * are broken down by birth year here; the age band depends on the window (age on its last day).
 */
const CENTRE_MONTH_COUNTS = `
CREATE FUNCTION reporting.centre_month_counts(p_from date, p_to date)
RETURNS TABLE (month date, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $fn$
DECLARE
  v_zone text := reporting.centre_time_zone();
  v_from_ts timestamptz := p_from::timestamp AT TIME ZONE v_zone;
  v_to_ts timestamptz := p_to::timestamp AT TIME ZONE v_zone;
BEGIN
  -- Inquiries received, and each promise's outcome, by the month the inquiry came in. Erased
  -- people's inquiries survive as anonymous records (no promise data).
  RETURN QUERY
  WITH received AS (
    SELECT reporting.month_of((i.received_at AT TIME ZONE v_zone)::date) AS month, i.channel,
      coalesce(i.heard_via, 'UNKNOWN') AS heard_via,
      CASE WHEN i.first_answer_at IS NOT NULL THEN
             CASE WHEN i.first_answer_at <= i.answer_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.answer_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END AS answer,
      CASE WHEN i.conversation_held_at IS NOT NULL THEN
             CASE WHEN i.conversation_held_at <= i.conversation_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.conversation_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END AS conversation
    FROM inquiries i
    WHERE i.received_at >= v_from_ts AND i.received_at < v_to_ts
    UNION ALL
    SELECT a.inquiry_month, a.channel, coalesce(a.heard_via, 'UNKNOWN'), NULL, NULL
    FROM anonymous_inquiry_records a
    WHERE a.inquiry_month >= p_from AND a.inquiry_month < p_to
  ),
  monthly AS (
    SELECT r.month, r.channel, r.heard_via, r.answer, r.conversation, count(*) AS n
    FROM received r GROUP BY 1, 2, 3, 4, 5
  )
  SELECT m.month, 'INQUIRIES_RECEIVED',
    CASE WHEN grouping(m.channel) = 0 THEN 'CHANNEL' WHEN grouping(m.heard_via) = 0 THEN 'HEARD_VIA' ELSE 'TOTAL' END,
    coalesce(m.channel, m.heard_via, 'TOTAL'), sum(m.n)::bigint
  FROM monthly m
  GROUP BY m.month, GROUPING SETS ((), (m.channel), (m.heard_via))
  UNION ALL
  SELECT m.month, 'ANSWER_PROMISE', 'STATE', m.answer, sum(m.n)::bigint
  FROM monthly m WHERE m.answer IS NOT NULL GROUP BY m.month, m.answer
  UNION ALL
  SELECT m.month, 'CONVERSATION_PROMISE', 'STATE', m.conversation, sum(m.n)::bigint
  FROM monthly m WHERE m.conversation IS NOT NULL GROUP BY m.month, m.conversation;

  -- People in their first group from this month, and how long they waited for it: days from a
  -- person's first inquiry to their first group, as a histogram (the median and the 90th
  -- percentile of several months or centres cannot be made from each one's).
  RETURN QUERY
  WITH first_inquiry AS (
    SELECT DISTINCT ON (i.participant_id) i.participant_id,
      (i.received_at AT TIME ZONE v_zone)::date AS received_on, coalesce(i.heard_via, 'UNKNOWN') AS heard_via
    FROM inquiries i
    ORDER BY i.participant_id, i.received_at
  ),
  first_join AS (
    SELECT gm.participant_id, min(gm.joined_on) AS joined_on
    FROM group_members gm
    GROUP BY gm.participant_id
    HAVING min(gm.joined_on) >= p_from AND min(gm.joined_on) < p_to
  ),
  described AS (
    SELECT reporting.month_of(f.joined_on) AS month, coalesce(pt.birth_year::text, 'UNKNOWN') AS birth_year,
      coalesce(pt.gender, 'UNKNOWN') AS gender, coalesce(pt.municipality, 'UNKNOWN') AS municipality,
      coalesce(fi.heard_via, 'UNKNOWN') AS heard_via, pt.target_groups,
      greatest(f.joined_on - fi.received_on, 0) AS days
    FROM first_join f
    JOIN participants pt ON pt.id = f.participant_id
    LEFT JOIN first_inquiry fi ON fi.participant_id = f.participant_id
  )
  SELECT d.month, 'PARTICIPANTS_NEW',
    CASE WHEN grouping(d.birth_year) = 0 THEN 'BIRTH_YEAR' WHEN grouping(d.gender) = 0 THEN 'GENDER'
         WHEN grouping(d.municipality) = 0 THEN 'MUNICIPALITY' WHEN grouping(d.heard_via) = 0 THEN 'HEARD_VIA'
         ELSE 'TOTAL' END,
    coalesce(d.birth_year, d.gender, d.municipality, d.heard_via, 'TOTAL'), count(*)
  FROM described d
  GROUP BY d.month, GROUPING SETS ((), (d.birth_year), (d.gender), (d.municipality), (d.heard_via))
  UNION ALL
  SELECT d.month, 'PARTICIPANTS_NEW', 'TARGET_GROUP', t.target_group, count(*)
  FROM described d CROSS JOIN LATERAL unnest(d.target_groups) AS t(target_group)
  GROUP BY d.month, t.target_group
  UNION ALL
  SELECT d.month, 'DAYS_TO_GROUP', 'DAYS', d.days::text, count(*)
  FROM described d WHERE d.days IS NOT NULL
  GROUP BY d.month, d.days;

  -- Groups started and ended. A group counts as started once it has left planning and
  -- recruitment; one that ended before its first day never ran.
  RETURN QUERY
  WITH started AS (
    SELECT g.kind, g.format, g.composition, g.start_date, g.ended_on
    FROM groups g
    WHERE g.status NOT IN ('PLANNED', 'RECRUITING')
      AND NOT (g.status = 'PAUSED' AND g.paused_from = 'RECRUITING')
      AND (g.ended_on IS NULL OR g.ended_on >= g.start_date)
  ),
  events AS (
    SELECT 'GROUPS_STARTED' AS figure, reporting.month_of(s.start_date) AS month, s.kind, s.format, s.composition
    FROM started s WHERE s.start_date >= p_from AND s.start_date < p_to
    UNION ALL
    SELECT 'GROUPS_ENDED', reporting.month_of(s.ended_on), s.kind, s.format, s.composition
    FROM started s WHERE s.ended_on >= p_from AND s.ended_on < p_to
  )
  SELECT e.month, e.figure,
    CASE WHEN grouping(e.kind) = 0 THEN 'GROUP_KIND' WHEN grouping(e.format) = 0 THEN 'FORMAT'
         WHEN grouping(e.composition) = 0 THEN 'COMPOSITION' ELSE 'TOTAL' END,
    coalesce(e.kind, e.format, e.composition, 'TOTAL'), count(*)
  FROM events e
  GROUP BY e.month, e.figure, GROUPING SETS ((), (e.kind), (e.format), (e.composition));

  -- Open-group meetings and head counts.
  RETURN QUERY
  SELECT mo.month, f.figure, 'TOTAL', 'TOTAL', f.value
  FROM (
    SELECT reporting.month_of(m.held_on) AS month, count(*) AS meetings, sum(m.head_count)::bigint AS heads
    FROM open_group_meetings m
    WHERE m.held_on >= p_from AND m.held_on < p_to
    GROUP BY 1
  ) mo
  CROSS JOIN LATERAL (VALUES ('OPEN_GROUP_MEETINGS', mo.meetings), ('OPEN_GROUP_ATTENDANCE', mo.heads)) AS f(figure, value);

  -- Follow-up of groups, and referrals to other services, by kind.
  RETURN QUERY
  WITH facts AS (
    SELECT 'FOLLOW_UPS' AS figure, 'FOLLOW_UP_KIND' AS dimension, f.kind AS category,
      reporting.month_of(f.occurred_on) AS month
    FROM follow_ups f WHERE f.occurred_on >= p_from AND f.occurred_on < p_to
    UNION ALL
    SELECT 'REFERRALS', 'SERVICE_KIND', s.kind, reporting.month_of((r.referred_at AT TIME ZONE v_zone)::date)
    FROM referrals r JOIN services s ON s.id = r.service_id
    WHERE r.referred_at >= v_from_ts AND r.referred_at < v_to_ts
  )
  SELECT x.month, x.figure, CASE WHEN grouping(x.category) = 0 THEN x.dimension ELSE 'TOTAL' END,
    coalesce(x.category, 'TOTAL'), count(*)
  FROM facts x
  GROUP BY x.month, x.figure, x.dimension, GROUPING SETS ((), (x.category));

  -- People who finished a course, by where they come from.
  RETURN QUERY
  SELECT t.month, 'PEOPLE_TRAINED', CASE WHEN grouping(t.origin) = 0 THEN 'ORIGIN' ELSE 'TOTAL' END,
    coalesce(t.origin, 'TOTAL'), count(*)
  FROM (
    SELECT reporting.month_of((e.completed_at AT TIME ZONE v_zone)::date) AS month,
      CASE WHEN e.user_id IS NOT NULL THEN 'OWN_PEOPLE'
           WHEN e.external_organisation IS NOT NULL THEN 'PARTNER_ORGANISATION'
           ELSE 'OTHER_EXTERNAL' END AS origin
    FROM course_enrolments e
    WHERE e.status = 'COMPLETED' AND e.completed_at >= v_from_ts AND e.completed_at < v_to_ts
  ) t
  GROUP BY t.month, GROUPING SETS ((), (t.origin));
END
$fn$`;

/**
 * Distinct people, groups, volunteers and courses for the current centre, as weighted runs of
 * months (see `reporting.span_edges`) within [p_from, p_to), summed per category.
 * QUALIFIED_STARTERS' months are the months at whose end a qualification is valid; the others'
 * are the months they were active in.
 */
const CENTRE_SPAN_COUNTS = `
CREATE FUNCTION reporting.centre_span_counts(p_from date, p_to date)
RETURNS TABLE (figure text, dimension text, category text, starts date, ends date, value bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $fn$
DECLARE
  v_zone text := reporting.centre_time_zone();
  v_centre uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_clip daterange := daterange(p_from, p_to);
  v_from_ts timestamptz := p_from::timestamp AT TIME ZONE v_zone;
  v_to_ts timestamptz := p_to::timestamp AT TIME ZONE v_zone;
BEGIN
  -- People in a group. A membership ends when the person leaves or the group ends, whichever
  -- comes first.
  RETURN QUERY
  WITH first_inquiry AS (
    SELECT DISTINCT ON (i.participant_id) i.participant_id, coalesce(i.heard_via, 'UNKNOWN') AS heard_via
    FROM inquiries i
    ORDER BY i.participant_id, i.received_at
  ),
  memberships AS (
    SELECT gm.participant_id, gm.joined_on, least(gm.left_on, g.ended_on) AS ended_on
    FROM group_members gm JOIN groups g ON g.id = gm.group_id
  ),
  people AS (
    SELECT m.participant_id, range_agg(reporting.month_span(m.joined_on, m.ended_on) * v_clip) AS months
    FROM memberships m
    WHERE m.joined_on < p_to AND (m.ended_on IS NULL OR m.ended_on >= p_from)
    GROUP BY m.participant_id
  ),
  described AS (
    SELECT e.starts, e.ends, e.weight, coalesce(pt.birth_year::text, 'UNKNOWN') AS birth_year,
      coalesce(pt.gender, 'UNKNOWN') AS gender, coalesce(pt.municipality, 'UNKNOWN') AS municipality,
      coalesce(fi.heard_via, 'UNKNOWN') AS heard_via, pt.target_groups
    FROM people p
    CROSS JOIN LATERAL reporting.span_edges(p.months) e
    JOIN participants pt ON pt.id = p.participant_id
    LEFT JOIN first_inquiry fi ON fi.participant_id = p.participant_id
  )
  SELECT 'PARTICIPANTS_ACTIVE',
    CASE WHEN grouping(d.birth_year) = 0 THEN 'BIRTH_YEAR' WHEN grouping(d.gender) = 0 THEN 'GENDER'
         WHEN grouping(d.municipality) = 0 THEN 'MUNICIPALITY' WHEN grouping(d.heard_via) = 0 THEN 'HEARD_VIA'
         ELSE 'TOTAL' END,
    coalesce(d.birth_year, d.gender, d.municipality, d.heard_via, 'TOTAL'), d.starts, d.ends, sum(d.weight)::bigint
  FROM described d
  GROUP BY d.starts, d.ends, GROUPING SETS ((), (d.birth_year), (d.gender), (d.municipality), (d.heard_via))
  UNION ALL
  SELECT 'PARTICIPANTS_ACTIVE', 'TARGET_GROUP', t.target_group, d.starts, d.ends, sum(d.weight)::bigint
  FROM described d CROSS JOIN LATERAL unnest(d.target_groups) AS t(target_group)
  GROUP BY d.starts, d.ends, t.target_group;

  -- Groups in operation, and self-run, until they end (started as above).
  RETURN QUERY
  WITH started AS (
    SELECT g.kind, g.format, g.composition, g.start_date, g.self_run_since, g.ended_on
    FROM groups g
    WHERE g.start_date < p_to
      AND g.status NOT IN ('PLANNED', 'RECRUITING')
      AND NOT (g.status = 'PAUSED' AND g.paused_from = 'RECRUITING')
      AND (g.ended_on IS NULL OR g.ended_on >= greatest(g.start_date, p_from))
  ),
  spans AS (
    SELECT 'GROUPS_ACTIVE' AS figure, reporting.month_span(s.start_date, s.ended_on) * v_clip AS span,
      s.kind, s.format, s.composition
    FROM started s
    UNION ALL
    SELECT 'GROUPS_SELF_RUN', reporting.month_span(s.self_run_since, s.ended_on) * v_clip,
      s.kind, s.format, s.composition
    FROM started s WHERE s.self_run_since IS NOT NULL
  )
  SELECT x.figure,
    CASE WHEN grouping(x.kind) = 0 THEN 'GROUP_KIND' WHEN grouping(x.format) = 0 THEN 'FORMAT'
         WHEN grouping(x.composition) = 0 THEN 'COMPOSITION' ELSE 'TOTAL' END,
    coalesce(x.kind, x.format, x.composition, 'TOTAL'), lower(x.span), upper(x.span), count(*)
  FROM spans x WHERE NOT isempty(x.span)
  GROUP BY x.figure, lower(x.span), upper(x.span), GROUPING SETS ((), (x.kind), (x.format), (x.composition));

  -- Volunteers: active in the months they logged hours or were a group's starter.
  RETURN QUERY
  WITH activity AS (
    SELECT DISTINCT vp.user_id, reporting.month_span(h.worked_on, h.worked_on) AS span
    FROM volunteer_hours h JOIN volunteer_profiles vp ON vp.id = h.profile_id
    WHERE h.worked_on >= p_from AND h.worked_on < p_to
    UNION ALL
    SELECT m.user_id, reporting.month_span((gs.assigned_at AT TIME ZONE v_zone)::date,
      (gs.released_at AT TIME ZONE v_zone)::date) * v_clip
    FROM group_starters gs JOIN memberships m ON m.id = gs.membership_id
    WHERE gs.assigned_at < v_to_ts AND (gs.released_at IS NULL OR gs.released_at >= v_from_ts)
  ),
  volunteers AS (
    SELECT a.user_id, range_agg(a.span) AS months FROM activity a GROUP BY a.user_id
  )
  SELECT 'ACTIVE_VOLUNTEERS', 'TOTAL', 'TOTAL', e.starts, e.ends, sum(e.weight)::bigint
  FROM volunteers v CROSS JOIN LATERAL reporting.span_edges(v.months) e
  GROUP BY e.starts, e.ends;

  -- Courses held: a course counts once in a window with any of its sessions.
  RETURN QUERY
  WITH held AS (
    SELECT c.id, c.kind, range_agg(reporting.month_span(d.day, d.day)) AS months
    FROM course_sessions cs
    JOIN courses c ON c.id = cs.course_id
    CROSS JOIN LATERAL (SELECT (cs.starts_at AT TIME ZONE v_zone)::date AS day) d
    WHERE cs.starts_at >= v_from_ts AND cs.starts_at < v_to_ts
    GROUP BY c.id, c.kind
  )
  SELECT 'COURSES_HELD', CASE WHEN grouping(h.kind) = 0 THEN 'COURSE_KIND' ELSE 'TOTAL' END,
    coalesce(h.kind, 'TOTAL'), e.starts, e.ends, sum(e.weight)::bigint
  FROM held h CROSS JOIN LATERAL reporting.span_edges(h.months) e
  GROUP BY e.starts, e.ends, GROUPING SETS ((), (h.kind));

  -- Starters qualified by this centre on a window's last day. A month is in the set when a
  -- qualification is valid on the first day after it: granted before it, expiring on or after it.
  RETURN QUERY
  WITH starters AS (
    SELECT q.user_id, range_agg(daterange(reporting.month_of(q.granted_on),
        CASE WHEN q.expires_on IS NOT NULL THEN
          greatest(reporting.month_of(q.expires_on), reporting.month_of(q.granted_on)) END) * v_clip) AS months
    FROM starter_qualifications q
    WHERE q.granted_by_centre_id = v_centre
    GROUP BY q.user_id
  )
  SELECT 'QUALIFIED_STARTERS', 'TOTAL', 'TOTAL', e.starts, e.ends, sum(e.weight)::bigint
  FROM starters s CROSS JOIN LATERAL reporting.span_edges(s.months) e
  GROUP BY e.starts, e.ends;
END
$fn$`;

/** What does not depend on the period, for the current centre. */
const CENTRE_SNAPSHOTS = `
CREATE FUNCTION reporting.centre_snapshots()
RETURNS TABLE (figure text, dimension text, category text, value bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $fn$
  SELECT 'WAITING_NOW', 'TOTAL', 'TOTAL', count(*)
  FROM participants p WHERE p.status = 'WAITING'
  UNION ALL
  -- How many people have ever come from each municipality: small ones are merged into "other"
  -- in published figures.
  SELECT 'MUNICIPALITY_SIZE', 'MUNICIPALITY', m.municipality, count(*)
  FROM (
    SELECT coalesce(p.municipality, 'UNKNOWN') AS municipality FROM participants p
    UNION ALL
    SELECT coalesce(a.municipality, 'UNKNOWN') FROM anonymous_inquiry_records a
  ) m
  GROUP BY m.municipality
$fn$`;

/**
 * Where count_windows reads each shape of count from: live from the base tables, or stored.
 * Either way row-level security keeps them to the centre in app.tenant_id.
 */
const LIVE_SOURCES = [
  `SELECT * FROM reporting.centre_month_counts($4, $5)`,
  `SELECT * FROM reporting.centre_span_counts($4, $5)`,
  `SELECT * FROM reporting.centre_snapshots()`,
];
const STORED_SOURCES = [
  `SELECT f.month, f.figure, f.dimension, f.category, f.value FROM reporting.month_facts f
   WHERE f.month >= $4 AND f.month < $5`,
  `SELECT f.figure, f.dimension, f.category, f.starts, f.ends, f.value FROM reporting.span_facts f
   WHERE f.year = $6 AND f.starts < $5 AND f.ends > $4`,
  `SELECT f.figure, f.dimension, f.category, f.value FROM reporting.snapshot_facts f`,
];
const quote = (sql: string) => `'${sql.replace(/'/g, "''")}'`;

/**
 * One row per (window, figure, dimension, category) for the current centre: live from its base
 * tables, or from its stored facts when `p_stored` (which only the owner can read). Window numbers are the 1-based positions in `p_windows` (whole months);
 * snapshots have window 0. `p_figures` and `p_dimensions` (null: all) keep only what the caller
 * will use, so a time series counts one figure. Shares and percentiles are shown for a report's
 * own period, not for its neighbouring ones: the states and days behind them (STATE, DAYS) are
 * returned only for the windows in `p_share_windows` (null: all).
 *
 * Every window is one filtered sum in a single pass over the counts, instead of a join that
 * repeats each count for every window it falls in. The windows' dates are written into the
 * query (they are dates, quoted by format's %L), which is therefore planned on every call. Sums
 * are of integers: a sum of bigint is numeric, several times slower.
 */
const COUNT_WINDOWS = `
CREATE FUNCTION reporting.count_windows(p_windows daterange[], p_figures text[], p_dimensions text[],
  p_share_windows integer[], p_stored boolean)
RETURNS TABLE (window_no integer, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $fn$
DECLARE
  v_from date;
  v_to date;
  v_month_sums text;
  v_span_sums text;
  v_wanted text := $w$($2 IS NULL OR x.figure = ANY($2))
    AND ($3 IS NULL OR x.dimension = ANY($3) OR (x.dimension = 'BIRTH_YEAR' AND 'AGE_BAND' = ANY($3)))$w$;
BEGIN
  PERFORM reporting.check_windows(p_windows);
  SELECT min(lower(w.r)), max(upper(w.r)),
    string_agg(format('sum(x.value::integer) FILTER (WHERE x.month >= %L::date AND x.month < %L::date)', lower(w.r), upper(w.r)),
      ', ' ORDER BY w.no),
    string_agg(format('sum(x.value::integer) FILTER (WHERE x.starts < %L::date AND x.ends > CASE WHEN x.figure = %L THEN %L::date ELSE %L::date END)',
      upper(w.r), 'QUALIFIED_STARTERS', reporting.month_of(upper(w.r) - 1), lower(w.r)), ', ' ORDER BY w.no)
  INTO v_from, v_to, v_month_sums, v_span_sums
  FROM unnest(p_windows) WITH ORDINALITY AS w(r, no);

  RETURN QUERY EXECUTE format($q$
    WITH per_window AS (
      SELECT x.figure, x.dimension, x.category, ARRAY[%4$s] AS sums
      FROM (%1$s) x WHERE %6$s GROUP BY 1, 2, 3
      UNION ALL
      SELECT x.figure, x.dimension, x.category, ARRAY[%5$s]
      FROM (%2$s) x WHERE %6$s GROUP BY 1, 2, 3
    ),
    counted AS (
      SELECT s.no::integer AS no, p.figure, p.dimension, p.category, s.value
      FROM per_window p CROSS JOIN LATERAL unnest(p.sums) WITH ORDINALITY AS s(value, no)
      WHERE s.value <> 0
    )
    SELECT c.no, c.figure,
      CASE WHEN c.dimension = 'BIRTH_YEAR' THEN 'AGE_BAND' ELSE c.dimension END,
      CASE WHEN c.dimension = 'BIRTH_YEAR'
        THEN reporting.age_band(nullif(c.category, 'UNKNOWN')::integer, upper($1[c.no]) - 1) ELSE c.category END,
      sum(c.value::integer)::bigint
    FROM counted c
    WHERE $7 IS NULL OR c.no = ANY($7) OR c.dimension NOT IN ('STATE', 'DAYS')
    GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT 0, x.figure, x.dimension, x.category, x.value FROM (%3$s) x WHERE %6$s
  $q$,
    CASE WHEN p_stored THEN ${quote(STORED_SOURCES[0])} ELSE ${quote(LIVE_SOURCES[0])} END,
    CASE WHEN p_stored THEN ${quote(STORED_SOURCES[1])} ELSE ${quote(LIVE_SOURCES[1])} END,
    CASE WHEN p_stored THEN ${quote(STORED_SOURCES[2])} ELSE ${quote(LIVE_SOURCES[2])} END,
    v_month_sums, v_span_sums, v_wanted)
  USING p_windows, p_figures, p_dimensions, v_from, v_to, reporting.span_year(v_from, v_to),
    p_share_windows;
END
$fn$`;

/** A centre's own figures, live. It runs with the caller's rights: row-level security scopes it. */
const CENTRE_FIGURES_LIVE = `
CREATE FUNCTION reporting.centre_figures(p_windows daterange[], p_figures text[] DEFAULT NULL,
  p_dimensions text[] DEFAULT NULL, p_share_windows integer[] DEFAULT NULL)
RETURNS TABLE (window_no integer, figure text, dimension text, category text, value bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $fn$
  SELECT * FROM reporting.count_windows(p_windows, p_figures, p_dimensions, p_share_windows, false)
$fn$`;

/**
 * Stores the current centre's counts for every finished month (up to its running month, in its
 * own time zone), replacing what was there. Concurrent refreshes of a centre wait for each
 * other, so the last one to finish has seen the newest data.
 */
const REFRESH_FACTS = `
CREATE FUNCTION reporting.refresh_facts() RETURNS date
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
  v_centre uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_until date;
  v_started timestamptz := clock_timestamp();
  v_first date;
  v_own_first date;
  v_year integer;
  v_periods daterange[];
  v_shares integer[];
  v_all_periods daterange[] := '{}';
  v_share_periods daterange[] := '{}';
BEGIN
  SELECT reporting.month_of((now() AT TIME ZONE c.time_zone)::date) INTO v_until
  FROM centres c WHERE c.id = v_centre AND c.kind = 'CENTRE';
  IF v_until IS NULL THEN
    RAISE EXCEPTION 'reporting.refresh_facts needs app.tenant_id to name a centre';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('reporting.refresh_facts'), hashtext(v_centre::text));

  DELETE FROM reporting.month_facts f WHERE f.tenant_id = v_centre;
  DELETE FROM reporting.span_facts f WHERE f.tenant_id = v_centre;
  DELETE FROM reporting.snapshot_facts f WHERE f.tenant_id = v_centre;
  INSERT INTO reporting.month_facts (tenant_id, month, figure, dimension, category, value)
  SELECT v_centre, c.month, c.figure, c.dimension, c.category, c.value
  FROM reporting.centre_month_counts('-infinity', v_until) c;
  INSERT INTO reporting.span_facts (tenant_id, year, figure, dimension, category, starts, ends, value)
  SELECT v_centre, 0, c.figure, c.dimension, c.category, c.starts, c.ends, c.value
  FROM reporting.centre_span_counts('-infinity', v_until) c;
  -- Cutting a run at the edges of the windows it is tested against changes no test: runs that
  -- began before the cut or end after it are merged.
  INSERT INTO reporting.span_facts (tenant_id, year, figure, dimension, category, starts, ends, value)
  SELECT v_centre, y.year, f.figure, f.dimension, f.category, greatest(f.starts, y.cut_from),
    least(f.ends, y.cut_to), sum(f.value)
  FROM (
    SELECT r.year, make_date(r.year - 1, 12, 1) AS cut_from, make_date(r.year + 1, 2, 1) AS cut_to
    FROM reporting.span_facts f0
    CROSS JOIN LATERAL generate_series(extract(year FROM f0.starts)::integer,
      extract(year FROM least(f0.ends, v_until) - 1)::integer) AS r(year)
    WHERE f0.tenant_id = v_centre AND f0.year = 0 AND f0.starts < f0.ends
    GROUP BY r.year
  ) y
  JOIN reporting.span_facts f ON f.tenant_id = v_centre AND f.year = 0
    AND f.starts < y.cut_to AND f.ends > y.cut_from
  GROUP BY y.year, f.figure, f.dimension, f.category, greatest(f.starts, y.cut_from), least(f.ends, y.cut_to)
  HAVING sum(f.value) <> 0;
  INSERT INTO reporting.snapshot_facts (tenant_id, figure, dimension, category, value)
  SELECT v_centre, c.figure, c.dimension, c.category, c.value
  FROM reporting.centre_snapshots() c;

  -- The reports plan their queries from these statistics; a first refresh would otherwise leave
  -- the planner thinking the tables are empty.
  ANALYZE reporting.month_facts, reporting.span_facts, reporting.snapshot_facts;

  -- The standard periods, counted from the facts above a year (one cut of runs) at a time. From
  -- the first month any centre has figures for, so a national report on a period before this
  -- centre's first figures still finds it among the stored periods (with nothing in them).
  DELETE FROM reporting.period_facts f WHERE f.tenant_id = v_centre;
  SELECT least((SELECT min(f.month) FROM reporting.month_facts f WHERE f.tenant_id = v_centre),
               (SELECT min(f.starts) FROM reporting.span_facts f WHERE f.tenant_id = v_centre AND f.year = 0))
  INTO v_own_first;
  SELECT least(v_own_first, min(fr.first_month)) INTO v_first
  FROM reporting.fact_runs fr WHERE fr.centre_id <> v_centre;
  FOR v_year, v_periods, v_shares IN
    SELECT reporting.span_year(lower(sp.period), upper(sp.period)), array_agg(sp.period ORDER BY sp.period),
      array_agg(sp.no ORDER BY sp.period) FILTER (WHERE sp.main)
    FROM (
      SELECT p.period, p.main, row_number() OVER (
        PARTITION BY reporting.span_year(lower(p.period), upper(p.period)) ORDER BY p.period)::integer AS no
      FROM reporting.standard_periods(v_first, v_until) p
    ) sp
    GROUP BY 1
  LOOP
    INSERT INTO reporting.period_facts (tenant_id, period_from, period_until, figure, dimension, category, value)
    SELECT v_centre, lower(v_periods[c.window_no]), upper(v_periods[c.window_no]), c.figure, c.dimension,
      c.category, c.value
    FROM reporting.count_windows(v_periods, NULL, NULL, v_shares, true) c
    WHERE c.window_no > 0;
    v_all_periods := v_all_periods || v_periods;
    v_share_periods := v_share_periods || ARRAY(SELECT v_periods[n] FROM unnest(v_shares) AS n);
  END LOOP;
  ANALYZE reporting.period_facts;

  INSERT INTO reporting.fact_runs (centre_id, facts_until, first_month, periods, share_periods, refreshed_at, took)
  VALUES (v_centre, v_until, v_own_first, v_all_periods, v_share_periods, now(), clock_timestamp() - v_started)
  ON CONFLICT (centre_id) DO UPDATE
    SET facts_until = excluded.facts_until, first_month = excluded.first_month, periods = excluded.periods,
      share_periods = excluded.share_periods, refreshed_at = excluded.refreshed_at, took = excluded.took;
  RETURN v_until;
END
$fn$`;

/**
 * Figures for every centre, for the reporting role only (SECURITY DEFINER; the role itself reads
 * no table). Row-level security binds the owner too (FORCE), so the function sets app.tenant_id
 * to each centre in turn. A centre whose facts cover every window asked for is answered from its
 * stored periods when every window is one of them, else by summing its stored facts; any other
 * centre is counted from its base tables.
 */
const NATIONAL_FIGURES_FROM_FACTS = `
CREATE FUNCTION reporting.national_figures(p_windows daterange[], p_figures text[] DEFAULT NULL,
  p_dimensions text[] DEFAULT NULL, p_share_windows integer[] DEFAULT NULL)
RETURNS TABLE (centre_id uuid, window_no integer, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, public
-- Ten small queries, one a centre: starting parallel workers for each costs more than it saves
-- (a March–August report took 270 ms with them, 145 ms without).
SET max_parallel_workers_per_gather = 0 AS $fn$
DECLARE
  v_previous text := current_setting('app.tenant_id', true);
  v_until date;
  v_share_ranges daterange[];
  v_firsts date[];
  v_centre uuid;
  v_covered boolean;
  v_whole boolean;
  -- Planned for each call (EXECUTE), and with only the filters given: a generic plan cannot use
  -- an index for "$2 IS NULL OR figure = ANY($2)", and would read whole periods.
  v_stored_periods text := format($q$
      SELECT w.no::integer, f.figure, f.dimension, f.category, f.value::bigint
      FROM reporting.period_facts f
      JOIN unnest($1) WITH ORDINALITY AS w(range, no)
        ON f.period_from = lower(w.range) AND f.period_until = upper(w.range)
      WHERE f.tenant_id = ${TENANT} AND f.period_from = ANY($6) %1$s %2$s
        AND ($4 IS NULL OR w.no = ANY($4) OR f.dimension NOT IN ('STATE', 'DAYS'))
      UNION ALL
      SELECT 0, f.figure, f.dimension, f.category, f.value::bigint
      FROM reporting.snapshot_facts f
      WHERE f.tenant_id = ${TENANT} %1$s %2$s
    $q$,
    CASE WHEN p_figures IS NOT NULL THEN 'AND f.figure = ANY($2)' ELSE '' END,
    CASE WHEN p_dimensions IS NOT NULL THEN 'AND f.dimension = ANY($3)' ELSE '' END);
BEGIN
  IF coalesce(array_length(p_windows, 1), 0) = 0 OR array_length(p_windows, 1) > 400 THEN
    RAISE EXCEPTION 'reporting.national_figures takes 1 to 400 windows';
  END IF;
  PERFORM reporting.check_windows(p_windows);
  SELECT max(upper(w.range)), array_agg(w.range) FILTER (WHERE p_share_windows IS NULL OR w.no = ANY(p_share_windows)),
    array_agg(DISTINCT lower(w.range))
  INTO v_until, v_share_ranges, v_firsts
  FROM unnest(p_windows) WITH ORDINALITY AS w(range, no);

  FOR v_centre, v_covered, v_whole IN
    SELECT c.id, coalesce(fr.facts_until >= v_until, false),
      coalesce(p_windows <@ fr.periods AND coalesce(v_share_ranges, '{}') <@ fr.share_periods, false)
    FROM centres c LEFT JOIN reporting.fact_runs fr ON fr.centre_id = c.id
    WHERE c.kind = 'CENTRE' ORDER BY c.id
  LOOP
    PERFORM set_config('app.tenant_id', v_centre::text, true);
    IF v_covered AND v_whole THEN
      RETURN QUERY EXECUTE 'SELECT $5, p.* FROM (' || v_stored_periods || ') p'
        USING p_windows, p_figures, p_dimensions, p_share_windows, v_centre, v_firsts;
    ELSE
      RETURN QUERY SELECT v_centre, f.* FROM reporting.count_windows(p_windows, p_figures, p_dimensions, p_share_windows, v_covered) f;
    END IF;
  END LOOP;
  PERFORM set_config('app.tenant_id', coalesce(v_previous, ''), true);
END
$fn$`;

const FUNCTIONS = [
  ...HELPERS,
  CENTRE_MONTH_COUNTS,
  CENTRE_SPAN_COUNTS,
  CENTRE_SNAPSHOTS,
  COUNT_WINDOWS,
  CENTRE_FIGURES_LIVE,
  REFRESH_FACTS,
  NATIONAL_FIGURES_FROM_FACTS,
];
