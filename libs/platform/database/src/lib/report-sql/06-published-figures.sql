-- Published figures, protected in the database (docs/decisions/0006-published-figures.md): the exact counting for every centre (owner only), the perturbation, and what the reporting role may call.
--
-- Applied after the migrations whenever this file changes (libs/platform/database/src/lib/report-sql.ts).
-- CREATE OR REPLACE cannot change a function's arguments or result columns: that takes a
-- migration that drops the function first. Every function: SET search_path = pg_catalog, public,
-- pg_temp (the catalog test fails otherwise).

-- The exact counts of every centre (owner only): from stored periods, summed facts or base tables, whichever covers the windows.
CREATE OR REPLACE FUNCTION reporting.count_all_centres(p_windows daterange[], p_figures text[] DEFAULT NULL::text[], p_dimensions text[] DEFAULT NULL::text[], p_share_windows integer[] DEFAULT NULL::integer[])
 RETURNS TABLE(centre_id uuid, window_no integer, figure text, dimension text, category text, value bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
 SET max_parallel_workers_per_gather TO '0'
AS $function$
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
      WHERE f.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND f.period_from = ANY($6) %1$s %2$s
        AND ($4 IS NULL OR w.no = ANY($4) OR f.dimension NOT IN ('STATE', 'DAYS'))
      UNION ALL
      SELECT 0, f.figure, f.dimension, f.category, f.value::bigint
      FROM reporting.snapshot_facts f
      WHERE f.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid %1$s %2$s
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
$function$;
REVOKE ALL ON FUNCTION reporting.count_all_centres(daterange[], text[], text[], integer[]) FROM PUBLIC;

-- The published perturbation table: noise from -max to +max with probability proportional to ratio^|noise|.
CREATE OR REPLACE FUNCTION reporting.perturbation_table(p_max integer, p_ratio double precision)
 RETURNS TABLE(noise integer, probability double precision, cumulative double precision)
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT t.noise, t.weight / sum(t.weight) OVER (),
    sum(t.weight) OVER (ORDER BY t.noise) / sum(t.weight) OVER ()
  FROM (SELECT e AS noise, power(p_ratio, abs(e)) AS weight FROM generate_series(-p_max, p_max) AS e) t
$function$;
REVOKE ALL ON FUNCTION reporting.perturbation_table(integer, double precision) FROM PUBLIC;

-- A cell's noise: a key in [0, 1) from a keyed hash of the cell and its true count, looked up in the perturbation table.
CREATE OR REPLACE FUNCTION reporting.cell_noise(p_cell text, p_value bigint)
 RETURNS integer
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
$function$;
REVOKE ALL ON FUNCTION reporting.cell_noise(text, bigint) FROM PUBLIC;

-- A published count of people: zero stays zero, nothing goes below it.
CREATE OR REPLACE FUNCTION reporting.perturb(p_cell text, p_value bigint)
 RETURNS bigint
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT CASE WHEN p_value = 0 THEN 0::bigint
    ELSE greatest(0, p_value + reporting.cell_noise(p_cell, p_value))::bigint END
$function$;
REVOKE ALL ON FUNCTION reporting.perturb(text, bigint) FROM PUBLIC;

-- Figures about the centres' work are exact; every other figure counts people.
CREATE OR REPLACE FUNCTION reporting.counts_people(p_figure text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT p_figure NOT IN ('GROUPS_STARTED', 'GROUPS_ENDED', 'GROUPS_ACTIVE', 'GROUPS_SELF_RUN',
    'OPEN_GROUP_MEETINGS', 'FOLLOW_UPS', 'COURSES_HELD', 'FIRST_MONTH')
$function$;
REVOKE ALL ON FUNCTION reporting.counts_people(text) FROM PUBLIC;

-- The grid of periods counts of people are published for: month, calendar quarter, half-year, year, since the start.
CREATE OR REPLACE FUNCTION reporting.publishes_people(p_window daterange)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT lower(p_window) = DATE '2000-01-01'
    OR upper(p_window) = (lower(p_window) + interval '1 month')::date
    OR (extract(month FROM lower(p_window)) IN (1, 4, 7, 10)
        AND upper(p_window) = (lower(p_window) + interval '3 months')::date)
    OR (extract(month FROM lower(p_window)) IN (1, 7)
        AND upper(p_window) = (lower(p_window) + interval '6 months')::date)
    OR (extract(month FROM lower(p_window)) = 1
        AND upper(p_window) = (lower(p_window) + interval '1 year')::date)
$function$;
REVOKE ALL ON FUNCTION reporting.publishes_people(daterange) FROM PUBLIC;

-- k and the perturbation table's shape, for the reports' footnotes: everything but the key.
CREATE OR REPLACE FUNCTION reporting.published_rules()
 RETURNS TABLE(threshold integer, max_noise integer, noise_ratio double precision)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT r.threshold, r.max_noise, r.noise_ratio FROM reporting.publication_rules r
$function$;
REVOKE ALL ON FUNCTION reporting.published_rules() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.published_rules() TO link_reporting;

-- What the reporting role may have: protected counts for every centre and the country (centre_id null); null when hidden.
CREATE OR REPLACE FUNCTION reporting.national_figures(p_windows daterange[], p_figures text[] DEFAULT NULL::text[], p_dimensions text[] DEFAULT NULL::text[], p_share_windows integer[] DEFAULT NULL::integer[])
 RETURNS TABLE(centre_id uuid, window_no integer, figure text, dimension text, category text, value bigint)
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
 SET max_parallel_workers_per_gather TO '0'
AS $function$
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
  -- The perturbation table, made once per call, as the ascending array of its cumulative
  -- probabilities. What follows is reporting.perturb(cell, value) written out: calling it per
  -- cell (a function with a SET clause is never inlined, and each call built the table again)
  -- took about 0.4 ms a cell, seconds for a year's report; and a subquery per cell over the
  -- table (ORDER BY … LIMIT 1) was still two thirds of a year's report, so the noise is found
  -- with width_bucket, a binary search in the array.
  noise_table AS MATERIALIZED (
    SELECT array_agg(t.cumulative ORDER BY t.noise) AS bounds
    FROM reporting.perturbation_table(v_rules.max_noise, v_rules.noise_ratio) t
  ),
  published AS (
    SELECT c.centre_id, c.window_no, c.figure, c.dimension, c.category, p.people,
      CASE WHEN NOT p.people THEN c.value
           WHEN c.value = 0 THEN 0::bigint
           -- The first noise whose cumulative probability exceeds the key (the largest when
           -- none does): how many bounds the key reaches, found by binary search.
           ELSE greatest(0, c.value + least(v_rules.max_noise, width_bucket(
             ('x' || left(encode(sha256(convert_to(v_rules.secret || '|'
                 || concat_ws('|', coalesce(c.centre_id::text, 'COUNTRY'), c.figure, c.dimension, c.category)
                 || '|' || c.value::text, 'UTF8')), 'hex'), 12))::bit(48)::bigint::double precision
                 / 281474976710656.0,
             (SELECT n.bounds FROM noise_table n)) - v_rules.max_noise))::bigint
      END AS value
    FROM cells c
    -- Once per figure and per window, not per cell (neither function can be inlined).
    JOIN (SELECT f.figure, reporting.counts_people(f.figure) AS people
            FROM (SELECT DISTINCT x.figure FROM cells x) f) p ON p.figure = c.figure
    LEFT JOIN (SELECT w.no::integer AS no, reporting.publishes_people(w.r) AS publishes
                 FROM unnest(p_windows) WITH ORDINALITY AS w(r, no)) w ON w.no = c.window_no
    WHERE NOT p.people OR c.window_no = 0 OR w.publishes
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
$function$;
REVOKE ALL ON FUNCTION reporting.national_figures(daterange[], text[], text[], integer[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.national_figures(daterange[], text[], text[], integer[]) TO link_reporting;
