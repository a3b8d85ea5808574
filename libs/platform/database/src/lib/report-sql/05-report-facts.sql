-- The stored report facts (docs/decisions/0004-report-facts.md).
--
-- Applied after the migrations whenever this file changes (libs/platform/database/src/lib/report-sql.ts).
-- CREATE OR REPLACE cannot change a function's arguments or result columns: that takes a
-- migration that drops the function first. Every function: SET search_path = pg_catalog, public,
-- pg_temp (the catalog test fails otherwise).

-- Stores the current centre's counts for every finished month and its standard periods, replacing what was there.
CREATE OR REPLACE FUNCTION reporting.refresh_facts()
 RETURNS date
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
$function$;
REVOKE ALL ON FUNCTION reporting.refresh_facts() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.refresh_facts() TO link_app;
-- How fresh each centre's facts are, for the API's metrics: when they were refreshed, how long
-- it took and the first month they do not cover. No counts.
CREATE OR REPLACE FUNCTION reporting.fact_freshness()
 RETURNS TABLE(centre_id uuid, refreshed_at timestamp with time zone, took interval, facts_until date)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT fr.centre_id, fr.refreshed_at, fr.took, fr.facts_until FROM reporting.fact_runs fr
$function$;
REVOKE ALL ON FUNCTION reporting.fact_freshness() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.fact_freshness() TO link_app;
