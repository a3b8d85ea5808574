-- A centre's counts from its own tables, in the three shapes every figure is counted in (docs/decisions/0004-report-facts.md): additive per month, runs of months for distinct people and groups, and snapshots.
--
-- Applied after the migrations whenever this file changes (libs/platform/database/src/lib/report-sql.ts).
-- CREATE OR REPLACE cannot change a function's arguments or result columns: that takes a
-- migration that drops the function first. Every function: SET search_path = pg_catalog, public,
-- pg_temp (the catalog test fails otherwise).

-- Additive counts per month from the current centre's tables: inquiries and the promises' outcomes, new people and days to their first group, groups started and ended, open-group meetings and head counts, follow-ups, referrals, people trained.
CREATE OR REPLACE FUNCTION reporting.centre_month_counts_from_tables(p_from date, p_to date)
 RETURNS TABLE(month date, figure text, dimension text, category text, value bigint)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
      -- The promises as the centres state them (issue 13): an answer within a day, an
      -- invitation to the individual conversation within a week (a conversation held is an
      -- invitation made by then), and the conversation held as its own figure. Closed to the
      -- waitlist with nothing recorded is a missed promise, not one that was not needed.
      CASE WHEN i.first_answer_at IS NOT NULL THEN
             CASE WHEN i.first_answer_at <= i.answer_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome = 'JOINED_WAITLIST' THEN 'MISSED'
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.answer_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END AS answer,
      CASE WHEN least(i.conversation_invited_at, i.conversation_held_at) IS NOT NULL THEN
             CASE WHEN least(i.conversation_invited_at, i.conversation_held_at) <= i.conversation_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome = 'JOINED_WAITLIST' THEN 'MISSED'
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.conversation_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END AS conversation,
      CASE WHEN i.conversation_held_at IS NOT NULL THEN
             CASE WHEN i.conversation_held_at <= i.conversation_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome = 'JOINED_WAITLIST' THEN 'MISSED'
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.conversation_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END AS held
    FROM inquiries i
    WHERE i.received_at >= v_from_ts AND i.received_at < v_to_ts
    UNION ALL
    SELECT a.inquiry_month, a.channel, coalesce(a.heard_via, 'UNKNOWN'), NULL, NULL, NULL
    FROM anonymous_inquiry_records a
    WHERE a.inquiry_month >= p_from AND a.inquiry_month < p_to
  ),
  monthly AS (
    SELECT r.month, r.channel, r.heard_via, r.answer, r.conversation, r.held, count(*) AS n
    FROM received r GROUP BY 1, 2, 3, 4, 5, 6
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
  FROM monthly m WHERE m.conversation IS NOT NULL GROUP BY m.month, m.conversation
  UNION ALL
  SELECT m.month, 'CONVERSATION_HELD', 'STATE', m.held, sum(m.n)::bigint
  FROM monthly m WHERE m.held IS NOT NULL GROUP BY m.month, m.held;

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
$function$;
REVOKE ALL ON FUNCTION reporting.centre_month_counts_from_tables(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_month_counts_from_tables(date, date) TO link_app;

-- Distinct people, groups, volunteers and courses of the current centre, as weighted runs of months (span_edges), summed per category.
CREATE OR REPLACE FUNCTION reporting.centre_span_counts_from_tables(p_from date, p_to date)
 RETURNS TABLE(figure text, dimension text, category text, starts date, ends date, value bigint)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
$function$;
REVOKE ALL ON FUNCTION reporting.centre_span_counts_from_tables(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_span_counts_from_tables(date, date) TO link_app;

-- What does not depend on the period: people waiting now, and how many people ever came from each municipality.
CREATE OR REPLACE FUNCTION reporting.centre_snapshots_from_tables()
 RETURNS TABLE(figure text, dimension text, category text, value bigint)
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'public', 'pg_temp'
AS $function$
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
$function$;
REVOKE ALL ON FUNCTION reporting.centre_snapshots_from_tables() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION reporting.centre_snapshots_from_tables() TO link_app;
