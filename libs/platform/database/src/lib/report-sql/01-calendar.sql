-- Months, windows and age bands: the calendar every report counts in.
--
-- Applied after the migrations whenever this file changes (libs/platform/database/src/lib/report-sql.ts).
-- CREATE OR REPLACE cannot change a function's arguments or result columns: that takes a
-- migration that drops the function first. Every function: SET search_path = pg_catalog, public,
-- pg_temp (the catalog test fails otherwise).

-- The current centre's time zone (app.tenant_id names the centre).
CREATE OR REPLACE FUNCTION reporting.centre_time_zone()
 RETURNS text
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
  $function$;
REVOKE ALL ON FUNCTION reporting.centre_time_zone() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_time_zone() TO link_app;

-- Windows are whole months with a first and a last day: anything else would be counted as the months it touches, or as none.
CREATE OR REPLACE FUNCTION reporting.check_windows(p_windows daterange[])
 RETURNS void
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
DECLARE
  v_partial daterange;
BEGIN
  IF EXISTS (SELECT FROM unnest(p_windows) AS r WHERE r IS NULL OR isempty(r) OR lower_inf(r) OR upper_inf(r)) THEN
    RAISE EXCEPTION 'reporting: every window needs a first and a last day';
  END IF;
  SELECT r INTO v_partial FROM unnest(p_windows) AS r
  WHERE lower(r) <> reporting.month_of(lower(r)) OR upper(r) <> reporting.month_of(upper(r))
  LIMIT 1;
  IF v_partial IS NOT NULL THEN
    RAISE EXCEPTION 'reporting: windows are whole months, from the first day of a month to the first day of a later one (not %)', v_partial;
  END IF;
END
$function$;
REVOKE ALL ON FUNCTION reporting.check_windows(daterange[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.check_windows(daterange[]) TO link_app;

-- The first day of a day's month.
CREATE OR REPLACE FUNCTION reporting.month_of(day date)
 RETURNS date
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT date_trunc('month', day::timestamp)::date $function$;
REVOKE ALL ON FUNCTION reporting.month_of(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.month_of(date) TO link_app;

-- The months from one day's month to another's (open-ended when the last day is null).
CREATE OR REPLACE FUNCTION reporting.month_span(first_day date, last_day date)
 RETURNS daterange
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT daterange(reporting.month_of(first_day), CASE WHEN last_day IS NOT NULL THEN
      greatest((reporting.month_of(last_day) + interval '1 month')::date, reporting.month_of(first_day))
    END)
  $function$;
REVOKE ALL ON FUNCTION reporting.month_span(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.month_span(date, date) TO link_app;

-- Which year's cut of the stored runs a set of windows can be answered from (0: the uncut runs).
CREATE OR REPLACE FUNCTION reporting.span_year(p_from date, p_to date)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT CASE WHEN p_to <= make_date(y + 1, 2, 1) THEN y ELSE 0 END
    FROM (SELECT extract(year FROM p_from + interval '1 month')::integer AS y) AS candidate
  $function$;
REVOKE ALL ON FUNCTION reporting.span_year(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.span_year(date, date) TO link_app;

-- The periods stored whole at each refresh: every month, quarter and year from the first month with figures.
CREATE OR REPLACE FUNCTION reporting.standard_periods(p_first date, p_until date)
 RETURNS TABLE(period daterange, main boolean)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
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
  $function$;
REVOKE ALL ON FUNCTION reporting.standard_periods(date, date) FROM PUBLIC;

-- A set of months as weighted runs: +1 for each run, -1 for each gap between two runs, so a window's count of distinct people is the sum of the rows that overlap it.
CREATE OR REPLACE FUNCTION reporting.span_edges(months datemultirange)
 RETURNS TABLE(starts date, ends date, weight integer)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
    SELECT e.starts, e.ends, e.weight
    FROM (
      SELECT lower(r) AS first_month, upper(r) AS after_last,
        lag(upper(r)) OVER (ORDER BY lower(r)) AS previous_after_last
      FROM unnest(months) AS r
    ) run
    CROSS JOIN LATERAL (VALUES (run.first_month, run.after_last, 1),
      (run.first_month, run.previous_after_last, -1)) AS e(starts, ends, weight)
    WHERE e.ends IS NOT NULL
  $function$;
REVOKE ALL ON FUNCTION reporting.span_edges(datemultirange) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.span_edges(datemultirange) TO link_app;

-- The four published age bands (18–29, 30–49, 50–69, 70+) of a birth year on a day.
CREATE OR REPLACE FUNCTION reporting.age_band(birth_year integer, on_day date)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
        SELECT CASE
          WHEN birth_year IS NULL THEN 'UNKNOWN'
          WHEN extract(year FROM on_day) - birth_year < 30 THEN '18-29'
          WHEN extract(year FROM on_day) - birth_year < 50 THEN '30-49'
          WHEN extract(year FROM on_day) - birth_year < 70 THEN '50-69'
          ELSE '70+'
        END
      $function$;
REVOKE ALL ON FUNCTION reporting.age_band(integer, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.age_band(integer, date) TO link_app;
