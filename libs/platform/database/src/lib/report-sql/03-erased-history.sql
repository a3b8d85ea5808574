-- History that erasure does not rewrite (docs/decisions/0003, rule 10): what an erased person contributed is kept as anonymous counts, and the counting functions add it to what they count from the tables.
--
-- Applied after the migrations whenever this file changes (libs/platform/database/src/lib/report-sql.ts).
-- CREATE OR REPLACE cannot change a function's arguments or result columns: that takes a
-- migration that drops the function first. Every function: SET search_path = pg_catalog, public,
-- pg_temp (the catalog test fails otherwise).

-- Before a participant row is deleted: adds what the person contributed to the figures to the centre's anonymous history (no column leads back to them).
CREATE OR REPLACE FUNCTION reporting.keep_erased_history()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
DECLARE
  v_previous text := current_setting('app.tenant_id', true);
  v_zone text;
  v_today date;
  v_heard_via text;
  v_received_on date;
  v_first_join date;
  v_describe text[][];
  v_target_groups text[];
BEGIN
  PERFORM set_config('app.tenant_id', OLD.tenant_id::text, true);
  SELECT c.time_zone INTO v_zone FROM centres c WHERE c.id = OLD.tenant_id;
  v_today := (now() AT TIME ZONE v_zone)::date;

  SELECT coalesce(i.heard_via, 'UNKNOWN'), (i.received_at AT TIME ZONE v_zone)::date
  INTO v_heard_via, v_received_on
  FROM inquiries i WHERE i.tenant_id = OLD.tenant_id AND i.participant_id = OLD.id
  ORDER BY i.received_at LIMIT 1;
  SELECT min(gm.joined_on) INTO v_first_join
  FROM group_members gm WHERE gm.tenant_id = OLD.tenant_id AND gm.participant_id = OLD.id;
  -- Target groups are stored only with the person's consent, and kept only while it holds: not
  -- when they withdrew it, nor when they withdrew their consent to keeping their data at all
  -- (the same rule as anonymous_inquiry_records).
  v_target_groups := CASE WHEN EXISTS (
      SELECT FROM consents c WHERE c.tenant_id = OLD.tenant_id AND c.participant_id = OLD.id
        AND c.kind = 'KEEP_TARGET_GROUP_DATA' AND c.withdrawn_at IS NULL)
    AND NOT EXISTS (
      SELECT FROM consents c WHERE c.tenant_id = OLD.tenant_id AND c.participant_id = OLD.id
        AND c.kind = 'KEEP_DATA' AND c.withdrawn_at IS NOT NULL
        AND NOT EXISTS (SELECT FROM consents a WHERE a.tenant_id = c.tenant_id
          AND a.participant_id = c.participant_id AND a.kind = 'KEEP_DATA' AND a.withdrawn_at IS NULL))
    THEN OLD.target_groups ELSE '{}' END;
  -- The person's categories, one per row: the rows never combine two of them.
  v_describe := ARRAY[['TOTAL', 'TOTAL'], ['BIRTH_YEAR', coalesce(OLD.birth_year::text, 'UNKNOWN')],
    ['GENDER', coalesce(OLD.gender, 'UNKNOWN')], ['MUNICIPALITY', coalesce(OLD.municipality, 'UNKNOWN')],
    ['HEARD_VIA', coalesce(v_heard_via, 'UNKNOWN')]];

  INSERT INTO reporting.erased_month_counts AS h (tenant_id, month, figure, dimension, category, value)
  SELECT OLD.tenant_id, c.month, c.figure, c.dimension, c.category, count(*)
  FROM (
    -- Each inquiry's promises, by the month it came in (its channel and how the person heard of
    -- the centre stay in anonymous_inquiry_records, written by the application).
    SELECT reporting.month_of((i.received_at AT TIME ZONE v_zone)::date) AS month, p.figure, 'STATE' AS dimension,
      p.state AS category
    FROM inquiries i
    CROSS JOIN LATERAL (VALUES
      -- The same states as reporting.centre_month_counts_from_tables (02-centre-counts.sql).
      ('ANSWER_PROMISE', CASE WHEN i.first_answer_at IS NOT NULL THEN
             CASE WHEN i.first_answer_at <= i.answer_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome = 'JOINED_WAITLIST' THEN 'MISSED'
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.answer_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END),
      ('CONVERSATION_PROMISE', CASE WHEN least(i.conversation_invited_at, i.conversation_held_at) IS NOT NULL THEN
             CASE WHEN least(i.conversation_invited_at, i.conversation_held_at) <= i.conversation_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome = 'JOINED_WAITLIST' THEN 'MISSED'
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.conversation_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END),
      ('CONVERSATION_HELD', CASE WHEN i.conversation_held_at IS NOT NULL THEN
             CASE WHEN i.conversation_held_at <= i.conversation_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome = 'JOINED_WAITLIST' THEN 'MISSED'
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.conversation_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END)) AS p(figure, state)
    WHERE i.tenant_id = OLD.tenant_id AND i.participant_id = OLD.id
    UNION ALL
    -- Their first group: a new participant that month, and how long they waited for it.
    SELECT reporting.month_of(v_first_join), 'PARTICIPANTS_NEW', v_describe[n][1], v_describe[n][2]
    FROM generate_subscripts(v_describe, 1) AS n
    WHERE v_first_join IS NOT NULL
    UNION ALL
    SELECT reporting.month_of(v_first_join), 'PARTICIPANTS_NEW', 'TARGET_GROUP', t.target_group
    FROM unnest(v_target_groups) AS t(target_group)
    WHERE v_first_join IS NOT NULL
    UNION ALL
    SELECT reporting.month_of(v_first_join), 'DAYS_TO_GROUP', 'DAYS', greatest(v_first_join - v_received_on, 0)::text
    WHERE v_first_join IS NOT NULL AND v_received_on IS NOT NULL
    UNION ALL
    -- Referrals, by the month and the kind of service.
    SELECT reporting.month_of((r.referred_at AT TIME ZONE v_zone)::date), 'REFERRALS', k.dimension, k.category
    FROM referrals r JOIN services s ON s.tenant_id = r.tenant_id AND s.id = r.service_id
    CROSS JOIN LATERAL (VALUES ('TOTAL', 'TOTAL'), ('SERVICE_KIND', s.kind)) AS k(dimension, category)
    WHERE r.tenant_id = OLD.tenant_id AND r.participant_id = OLD.id
  ) c
  GROUP BY c.month, c.figure, c.dimension, c.category
  ON CONFLICT (tenant_id, month, figure, dimension, category) DO UPDATE SET value = h.value + excluded.value;

  -- The months they were in a group, as weighted runs, once per category.
  INSERT INTO reporting.erased_span_counts AS h (tenant_id, figure, dimension, category, starts, ends, value)
  SELECT OLD.tenant_id, 'PARTICIPANTS_ACTIVE', d.dimension, d.category, e.starts, e.ends, sum(e.weight)
  FROM (
    SELECT range_agg(reporting.month_span(gm.joined_on, least(gm.left_on, g.ended_on, v_today))) AS months
    FROM group_members gm JOIN groups g ON g.tenant_id = gm.tenant_id AND g.id = gm.group_id
    WHERE gm.tenant_id = OLD.tenant_id AND gm.participant_id = OLD.id AND gm.joined_on <= v_today
  ) p
  CROSS JOIN LATERAL reporting.span_edges(p.months) e
  CROSS JOIN LATERAL (
    SELECT v_describe[n][1], v_describe[n][2] FROM generate_subscripts(v_describe, 1) AS n
    UNION ALL
    SELECT 'TARGET_GROUP', t.target_group FROM unnest(v_target_groups) AS t(target_group)
  ) AS d(dimension, category)
  WHERE p.months IS NOT NULL
  GROUP BY d.dimension, d.category, e.starts, e.ends
  ON CONFLICT (tenant_id, figure, dimension, category, starts, ends) DO UPDATE SET value = h.value + excluded.value;

  PERFORM set_config('app.tenant_id', coalesce(v_previous, ''), true);
  RETURN OLD;
END
$function$;
REVOKE ALL ON FUNCTION reporting.keep_erased_history() FROM PUBLIC;

-- Where someone who finished a course came from, kept with the enrolment when the retention rule erases their name.
CREATE OR REPLACE FUNCTION reporting.enrolment_origin()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.external_erased_at IS NOT NULL AND NEW.user_id IS NULL THEN
    NEW.origin := OLD.origin;
  ELSE
    NEW.origin := CASE WHEN NEW.user_id IS NOT NULL THEN 'OWN_PEOPLE'
      WHEN NEW.external_organisation IS NOT NULL THEN 'PARTNER_ORGANISATION' ELSE 'OTHER_EXTERNAL' END;
  END IF;
  RETURN NEW;
END
$function$;
REVOKE ALL ON FUNCTION reporting.enrolment_origin() FROM PUBLIC;

-- The monthly counts from the tables plus the erased people's history.
CREATE OR REPLACE FUNCTION reporting.centre_month_counts(p_from date, p_to date)
 RETURNS TABLE(month date, figure text, dimension text, category text, value bigint)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  WITH zone AS (SELECT reporting.centre_time_zone() AS name)
  SELECT c.month, c.figure, c.dimension, c.category, sum(c.value)::bigint
  FROM (
    SELECT t.month, t.figure, t.dimension, t.category, t.value
    FROM reporting.centre_month_counts_from_tables(p_from, p_to) t
    WHERE t.figure <> 'PEOPLE_TRAINED'
    UNION ALL
    SELECT e.month, 'PEOPLE_TRAINED', CASE WHEN grouping(e.origin) = 0 THEN 'ORIGIN' ELSE 'TOTAL' END,
      coalesce(e.origin, 'TOTAL'), count(*)
    FROM (
      SELECT reporting.month_of((ce.completed_at AT TIME ZONE z.name)::date) AS month, ce.origin
      FROM course_enrolments ce CROSS JOIN zone z
      WHERE ce.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND ce.status = 'COMPLETED'
        AND ce.completed_at >= p_from::timestamp AT TIME ZONE z.name
        AND ce.completed_at < p_to::timestamp AT TIME ZONE z.name
    ) e
    GROUP BY e.month, GROUPING SETS ((), (e.origin))
    UNION ALL
    SELECT h.month, h.figure, h.dimension, h.category, h.value
    FROM reporting.erased_month_counts h
    WHERE h.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND h.month >= p_from AND h.month < p_to
  ) c
  GROUP BY c.month, c.figure, c.dimension, c.category
$function$;
REVOKE ALL ON FUNCTION reporting.centre_month_counts(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_month_counts(date, date) TO link_app;

-- The runs from the tables plus the erased people's history.
CREATE OR REPLACE FUNCTION reporting.centre_span_counts(p_from date, p_to date)
 RETURNS TABLE(figure text, dimension text, category text, starts date, ends date, value bigint)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT c.figure, c.dimension, c.category, c.starts, c.ends, sum(c.value)::bigint
  FROM (
    SELECT t.figure, t.dimension, t.category, t.starts, t.ends, t.value
    FROM reporting.centre_span_counts_from_tables(p_from, p_to) t
    UNION ALL
    SELECT h.figure, h.dimension, h.category, h.starts, h.ends, h.value
    FROM reporting.erased_span_counts h
    WHERE h.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND h.starts < p_to AND h.ends > p_from
  ) c
  GROUP BY c.figure, c.dimension, c.category, c.starts, c.ends
  HAVING sum(c.value) <> 0
$function$;
REVOKE ALL ON FUNCTION reporting.centre_span_counts(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_span_counts(date, date) TO link_app;

-- The snapshots from the tables, and the centre's first month with activity ("since the start").
CREATE OR REPLACE FUNCTION reporting.centre_snapshots()
 RETURNS TABLE(figure text, dimension text, category text, value bigint)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
  SELECT * FROM reporting.centre_snapshots_from_tables()
  UNION ALL
  SELECT 'FIRST_MONTH', 'MONTH', to_char(f.month, 'YYYY-MM-DD'), 1
  FROM (
    SELECT least(
      (SELECT reporting.month_of((min(i.received_at) AT TIME ZONE reporting.centre_time_zone())::date)
       FROM inquiries i WHERE i.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid),
      (SELECT min(a.inquiry_month) FROM anonymous_inquiry_records a WHERE a.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid),
      (SELECT reporting.month_of(min(g.start_date)) FROM groups g
       WHERE g.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid AND g.status NOT IN ('PLANNED', 'RECRUITING')
         AND NOT (g.status = 'PAUSED' AND g.paused_from = 'RECRUITING'))
    ) AS month
  ) f
  WHERE f.month IS NOT NULL
$function$;
REVOKE ALL ON FUNCTION reporting.centre_snapshots() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_snapshots() TO link_app;
