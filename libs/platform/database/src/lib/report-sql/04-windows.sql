-- The figures of each window asked for, from live counts or stored facts, and a centre's own figures (with the caller's rights: row-level security scopes them).
--
-- Applied after the migrations whenever this file changes (libs/platform/database/src/lib/report-sql.ts).
-- CREATE OR REPLACE cannot change a function's arguments or result columns: that takes a
-- migration that drops the function first. Every function: SET search_path = pg_catalog, public,
-- pg_temp (the catalog test fails otherwise).

-- One row per (window, figure, dimension, category) for the current centre, live or from its stored facts; snapshots have window 0.
CREATE OR REPLACE FUNCTION reporting.count_windows(p_windows daterange[], p_figures text[], p_dimensions text[], p_share_windows integer[], p_stored boolean)
 RETURNS TABLE(window_no integer, figure text, dimension text, category text, value bigint)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
    CASE WHEN p_stored THEN 'SELECT f.month, f.figure, f.dimension, f.category, f.value FROM reporting.month_facts f
   WHERE f.month >= $4 AND f.month < $5' ELSE 'SELECT * FROM reporting.centre_month_counts($4, $5)' END,
    CASE WHEN p_stored THEN 'SELECT f.figure, f.dimension, f.category, f.starts, f.ends, f.value FROM reporting.span_facts f
   WHERE f.year = $6 AND f.starts < $5 AND f.ends > $4' ELSE 'SELECT * FROM reporting.centre_span_counts($4, $5)' END,
    CASE WHEN p_stored THEN 'SELECT f.figure, f.dimension, f.category, f.value FROM reporting.snapshot_facts f' ELSE 'SELECT * FROM reporting.centre_snapshots()' END,
    v_month_sums, v_span_sums, v_wanted)
  USING p_windows, p_figures, p_dimensions, v_from, v_to, reporting.span_year(v_from, v_to),
    p_share_windows;
END
$function$;
REVOKE ALL ON FUNCTION reporting.count_windows(daterange[], text[], text[], integer[], boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.count_windows(daterange[], text[], text[], integer[], boolean) TO link_app;

-- A centre's own figures, live, with the caller's rights.
CREATE OR REPLACE FUNCTION reporting.centre_figures(p_windows daterange[], p_figures text[] DEFAULT NULL::text[], p_dimensions text[] DEFAULT NULL::text[], p_share_windows integer[] DEFAULT NULL::integer[])
 RETURNS TABLE(window_no integer, figure text, dimension text, category text, value bigint)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT * FROM reporting.count_windows(p_windows, p_figures, p_dimensions, p_share_windows, false)
$function$;
REVOKE ALL ON FUNCTION reporting.centre_figures(daterange[], text[], text[], integer[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_figures(daterange[], text[], text[], integer[]) TO link_app;
