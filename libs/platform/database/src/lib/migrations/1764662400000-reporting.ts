import type { MigrationInterface, QueryRunner } from 'typeorm';

import { REPORTING_ROLE } from '../database-roles';

/** What the figures filter on by period (the reporting benchmark measures without them). */
export const REPORTING_INDEXES = [
  `inquiries_received_idx ON inquiries (tenant_id, received_at)`,
  `anonymous_inquiry_records_month_idx ON anonymous_inquiry_records (tenant_id, inquiry_month)`,
  `group_members_joined_idx ON group_members (tenant_id, joined_on) INCLUDE (participant_id, left_on)`,
  `groups_start_date_idx ON groups (tenant_id, start_date)`,
  `open_group_meetings_held_idx ON open_group_meetings (tenant_id, held_on) INCLUDE (head_count)`,
  `follow_ups_occurred_idx ON follow_ups (tenant_id, occurred_on) INCLUDE (kind)`,
  `referrals_referred_idx ON referrals (tenant_id, referred_at) INCLUDE (service_id)`,
  `volunteer_hours_worked_idx ON volunteer_hours (tenant_id, worked_on) INCLUDE (profile_id)`,
  `course_sessions_starts_idx ON course_sessions (tenant_id, starts_at) INCLUDE (course_id)`,
  `course_enrolments_completed_idx ON course_enrolments (tenant_id, completed_at) WHERE status = 'COMPLETED'`,
  `starter_qualifications_centre_idx ON starter_qualifications (granted_by_centre_id, granted_on)`,
];

/**
 * Anonymised reporting (docs/architecture.md, decision 2).
 *
 * `reporting.centre_figures(windows)` counts the current centre's figures for each window (a
 * `daterange` of whole months). It runs with the caller's rights, so row-level security limits it
 * to the centre in `app.tenant_id`; centre staff call it as `link_app`.
 *
 * `reporting.national_figures(windows)` runs it for every centre. It is SECURITY DEFINER and may
 * be executed only by `link_reporting`, a role with no privilege on any table: the national
 * office's queries can reach counts and nothing else. Row-level security binds the owner too
 * (FORCE), so the function sets `app.tenant_id` to each centre in turn instead of bypassing it.
 *
 * Every figure is a count (a histogram for days from inquiry to group). Suppression, shares and
 * percentiles are the application's, over these counts.
 */
export class Reporting1764662400000 implements MigrationInterface {
  name = 'Reporting1764662400000';

  async up(db: QueryRunner): Promise<void> {
    // Referrals are reported by kind of service, so a service says what kind it is.
    await db.query(`ALTER TABLE services ADD COLUMN kind text NOT NULL DEFAULT 'OTHER'
      CHECK (kind IN ('CRISIS_LINE', 'MUNICIPAL_MENTAL_HEALTH', 'SPECIALIST_MENTAL_HEALTH', 'GP', 'NAV',
        'FAMILY_COUNSELLING', 'VIOLENCE_SUPPORT', 'USER_ORGANISATION', 'OTHER'))`);
    await db.query(`ALTER TABLE services ALTER COLUMN kind DROP DEFAULT`);

    for (const index of REPORTING_INDEXES) await db.query(`CREATE INDEX ${index}`);

    await db.query(`CREATE SCHEMA reporting`);
    await db.query(`REVOKE ALL ON SCHEMA reporting FROM PUBLIC`);

    // Coarse on purpose: four bands, each a union of the finer bands the centres work with.
    await db.query(`
      CREATE FUNCTION reporting.age_band(birth_year integer, on_day date) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN birth_year IS NULL THEN 'UNKNOWN'
          WHEN extract(year FROM on_day) - birth_year < 30 THEN '18-29'
          WHEN extract(year FROM on_day) - birth_year < 50 THEN '30-49'
          WHEN extract(year FROM on_day) - birth_year < 70 THEN '50-69'
          ELSE '70+'
        END
      $$`);
    await db.query(CENTRE_FIGURES);
    await db.query(NATIONAL_FIGURES);

    await db.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA reporting FROM PUBLIC`);
    await db.query(`GRANT USAGE ON SCHEMA reporting TO link_app, ${REPORTING_ROLE}`);
    await db.query(
      `GRANT EXECUTE ON FUNCTION reporting.centre_figures(daterange[]), reporting.age_band(integer, date) TO link_app`,
    );
    await db.query(
      `GRANT EXECUTE ON FUNCTION reporting.national_figures(daterange[]) TO ${REPORTING_ROLE}`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP SCHEMA reporting CASCADE`);
    for (const index of REPORTING_INDEXES) {
      await db.query(`DROP INDEX ${index.split(' ')[0]}`);
    }
    await db.query(`ALTER TABLE services DROP COLUMN kind`);
  }
}

/**
 * One row per (window, figure, dimension, category). Window numbers are the 1-based positions in
 * `p_windows`; a snapshot that does not depend on the period (people waiting now, the
 * municipality sizes) has window 0. Local dates use the centre's time zone.
 */
export const CENTRE_FIGURES = `
CREATE FUNCTION reporting.centre_figures(p_windows daterange[])
RETURNS TABLE (window_no integer, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $fn$
DECLARE
  v_centre uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
  v_zone text;
  v_from date;
  v_to date;
  v_from_ts timestamptz;
  v_to_ts timestamptz;
BEGIN
  SELECT c.time_zone INTO v_zone FROM centres c WHERE c.id = v_centre;
  IF v_zone IS NULL THEN
    RAISE EXCEPTION 'reporting.centre_figures needs app.tenant_id to name a centre';
  END IF;
  SELECT min(lower(r)), max(upper(r)) INTO v_from, v_to FROM unnest(p_windows) AS r;
  v_from_ts := v_from::timestamp AT TIME ZONE v_zone;
  v_to_ts := v_to::timestamp AT TIME ZONE v_zone;

  -- Inquiries received, and each promise's outcome, by the month the inquiry came in. Erased
  -- people's inquiries survive as anonymous records (no promise data).
  RETURN QUERY
  WITH received AS (
    SELECT date_trunc('month', i.received_at AT TIME ZONE v_zone)::date AS month, i.channel,
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
    WHERE a.inquiry_month >= v_from AND a.inquiry_month < v_to
  ),
  -- By month first: a month's counts join each window instead of every inquiry.
  monthly AS (
    SELECT r.month, r.channel, r.heard_via, r.answer, r.conversation, count(*) AS n
    FROM received r GROUP BY 1, 2, 3, 4, 5
  ),
  windowed AS (
    SELECT w.no, m.* FROM monthly m JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> m.month
  )
  SELECT r.no::integer, 'INQUIRIES_RECEIVED',
    CASE WHEN grouping(r.channel) = 0 THEN 'CHANNEL' WHEN grouping(r.heard_via) = 0 THEN 'HEARD_VIA' ELSE 'TOTAL' END,
    coalesce(r.channel, r.heard_via, 'TOTAL'), sum(r.n)::bigint
  FROM windowed r
  GROUP BY r.no, GROUPING SETS ((), (r.channel), (r.heard_via))
  UNION ALL
  SELECT r.no::integer, 'ANSWER_PROMISE', 'STATE', r.answer, sum(r.n)::bigint
  FROM windowed r WHERE r.answer IS NOT NULL GROUP BY r.no, r.answer
  UNION ALL
  SELECT r.no::integer, 'CONVERSATION_PROMISE', 'STATE', r.conversation, sum(r.n)::bigint
  FROM windowed r WHERE r.conversation IS NOT NULL GROUP BY r.no, r.conversation;

  -- People: in a group during the window (active), or in their first group from it (new).
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
    HAVING min(gm.joined_on) >= v_from AND min(gm.joined_on) < v_to
  ),
  -- A membership ends when the person leaves or the group ends, whichever comes first.
  memberships AS (
    SELECT gm.participant_id, gm.joined_on, least(gm.left_on, g.ended_on) AS ended_on
    FROM group_members gm JOIN groups g ON g.id = gm.group_id
    WHERE gm.joined_on < v_to
  ),
  people AS (
    SELECT DISTINCT w.no, 'PARTICIPANTS_ACTIVE' AS figure, m.participant_id, upper(w.range) - 1 AS last_day
    FROM memberships m
    JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no)
      ON m.joined_on < upper(w.range) AND (m.ended_on IS NULL OR m.ended_on >= lower(w.range))
    WHERE m.ended_on IS NULL OR m.ended_on >= v_from
    UNION ALL
    SELECT w.no, 'PARTICIPANTS_NEW', f.participant_id, upper(w.range) - 1
    FROM first_join f JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> f.joined_on
  ),
  described AS (
    SELECT p.no, p.figure, reporting.age_band(pt.birth_year, p.last_day) AS age_band,
      coalesce(pt.gender, 'UNKNOWN') AS gender, coalesce(pt.municipality, 'UNKNOWN') AS municipality,
      coalesce(fi.heard_via, 'UNKNOWN') AS heard_via, pt.target_groups
    FROM people p
    JOIN participants pt ON pt.id = p.participant_id
    LEFT JOIN first_inquiry fi ON fi.participant_id = p.participant_id
  )
  SELECT d.no::integer, d.figure,
    CASE WHEN grouping(d.age_band) = 0 THEN 'AGE_BAND' WHEN grouping(d.gender) = 0 THEN 'GENDER'
         WHEN grouping(d.municipality) = 0 THEN 'MUNICIPALITY' WHEN grouping(d.heard_via) = 0 THEN 'HEARD_VIA'
         ELSE 'TOTAL' END,
    coalesce(d.age_band, d.gender, d.municipality, d.heard_via, 'TOTAL'), count(*)
  FROM described d
  GROUP BY d.no, d.figure, GROUPING SETS ((), (d.age_band), (d.gender), (d.municipality), (d.heard_via))
  UNION ALL
  SELECT d.no::integer, d.figure, 'TARGET_GROUP', t.target_group, count(*)
  FROM described d CROSS JOIN LATERAL unnest(d.target_groups) AS t(target_group)
  GROUP BY d.no, d.figure, t.target_group
  UNION ALL
  -- Days from a person's first inquiry to their first group, as a histogram: the median and the
  -- 90th percentile of several centres together cannot be made from each centre's.
  SELECT w.no::integer, 'DAYS_TO_GROUP', 'DAYS', greatest(f.joined_on - fi.received_on, 0)::text, count(*)
  FROM first_join f
  JOIN first_inquiry fi ON fi.participant_id = f.participant_id
  JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> f.joined_on
  GROUP BY w.no, greatest(f.joined_on - fi.received_on, 0);

  -- Snapshots that do not depend on the period.
  RETURN QUERY
  SELECT 0, 'WAITING_NOW', 'TOTAL', 'TOTAL', count(*)
  FROM participants p WHERE p.status = 'WAITING'
  UNION ALL
  -- How many people have ever come from each municipality: small ones are merged into "other"
  -- in published figures.
  SELECT 0, 'MUNICIPALITY_SIZE', 'MUNICIPALITY', m.municipality, count(*)
  FROM (
    SELECT coalesce(p.municipality, 'UNKNOWN') AS municipality FROM participants p
    UNION ALL
    SELECT coalesce(a.municipality, 'UNKNOWN') FROM anonymous_inquiry_records a
  ) m
  GROUP BY m.municipality;

  -- Groups. A group counts as started once it has left planning and recruitment.
  RETURN QUERY
  WITH started AS (
    SELECT g.kind, g.format, g.composition, g.start_date, g.self_run_since, g.ended_on
    FROM groups g
    WHERE g.start_date < v_to
      AND g.status NOT IN ('PLANNED', 'RECRUITING')
      AND NOT (g.status = 'PAUSED' AND g.paused_from = 'RECRUITING')
      AND (g.ended_on IS NULL OR g.ended_on >= v_from)
  ),
  facts AS (
    SELECT w.no, 'GROUPS_STARTED' AS figure, s.kind, s.format, s.composition
    FROM started s JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> s.start_date
    UNION ALL
    SELECT w.no, 'GROUPS_ACTIVE', s.kind, s.format, s.composition
    FROM started s JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no)
      ON s.start_date < upper(w.range) AND (s.ended_on IS NULL OR s.ended_on >= lower(w.range))
    UNION ALL
    SELECT w.no, 'GROUPS_SELF_RUN', s.kind, s.format, s.composition
    FROM started s JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no)
      ON s.self_run_since < upper(w.range) AND (s.ended_on IS NULL OR s.ended_on >= lower(w.range))
    UNION ALL
    SELECT w.no, 'GROUPS_ENDED', s.kind, s.format, s.composition
    FROM started s JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> s.ended_on
  )
  SELECT f.no::integer, f.figure,
    CASE WHEN grouping(f.kind) = 0 THEN 'GROUP_KIND' WHEN grouping(f.format) = 0 THEN 'FORMAT'
         WHEN grouping(f.composition) = 0 THEN 'COMPOSITION' ELSE 'TOTAL' END,
    coalesce(f.kind, f.format, f.composition, 'TOTAL'), count(*)
  FROM facts f
  GROUP BY f.no, f.figure, GROUPING SETS ((), (f.kind), (f.format), (f.composition));

  -- Open-group meetings and head counts: the biggest table, so by month first.
  RETURN QUERY
  WITH monthly AS (
    SELECT date_trunc('month', m.held_on)::date AS month, count(*) AS meetings, sum(m.head_count) AS heads
    FROM open_group_meetings m
    WHERE m.held_on >= v_from AND m.held_on < v_to
    GROUP BY 1
  )
  SELECT w.no::integer, f.figure, 'TOTAL', 'TOTAL', sum(f.value)::bigint
  FROM monthly mo
  JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> mo.month
  CROSS JOIN LATERAL (VALUES ('OPEN_GROUP_MEETINGS', mo.meetings), ('OPEN_GROUP_ATTENDANCE', mo.heads)) AS f(figure, value)
  GROUP BY w.no, f.figure;

  -- Follow-up of groups, and referrals to other services, by kind.
  RETURN QUERY
  WITH facts AS (
    SELECT 'FOLLOW_UPS' AS figure, 'FOLLOW_UP_KIND' AS dimension, f.kind AS category, f.occurred_on AS day
    FROM follow_ups f WHERE f.occurred_on >= v_from AND f.occurred_on < v_to
    UNION ALL
    SELECT 'REFERRALS', 'SERVICE_KIND', s.kind, (r.referred_at AT TIME ZONE v_zone)::date
    FROM referrals r JOIN services s ON s.id = r.service_id
    WHERE r.referred_at >= v_from_ts AND r.referred_at < v_to_ts
  )
  SELECT w.no::integer, f.figure, CASE WHEN grouping(f.category) = 0 THEN f.dimension ELSE 'TOTAL' END,
    coalesce(f.category, 'TOTAL'), count(*)
  FROM facts f JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> f.day
  GROUP BY w.no, f.figure, f.dimension, GROUPING SETS ((), (f.category));

  -- Training and volunteers. A volunteer is active in a window when they logged hours or were a
  -- group's starter during it; a starter is qualified when a qualification from this centre
  -- is valid on the window's last day.
  RETURN QUERY
  WITH volunteer_months AS (
    SELECT DISTINCT h.profile_id, date_trunc('month', h.worked_on)::date AS month
    FROM volunteer_hours h
    WHERE h.worked_on >= v_from AND h.worked_on < v_to
  ),
  active_volunteers AS (
    SELECT DISTINCT w.no, vp.user_id
    FROM volunteer_months h
    JOIN volunteer_profiles vp ON vp.id = h.profile_id
    JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> h.month
    UNION
    SELECT w.no, m.user_id
    FROM group_starters gs
    JOIN memberships m ON m.id = gs.membership_id
    JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no)
      ON (gs.assigned_at AT TIME ZONE v_zone)::date < upper(w.range)
     AND (gs.released_at IS NULL OR (gs.released_at AT TIME ZONE v_zone)::date >= lower(w.range))
    WHERE gs.assigned_at < v_to_ts AND (gs.released_at IS NULL OR gs.released_at >= v_from_ts)
  ),
  courses_held AS (
    SELECT DISTINCT w.no, c.id, c.kind
    FROM course_sessions cs
    JOIN courses c ON c.id = cs.course_id
    JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> (cs.starts_at AT TIME ZONE v_zone)::date
    WHERE cs.starts_at >= v_from_ts AND cs.starts_at < v_to_ts
  ),
  trained AS (
    SELECT w.no,
      CASE WHEN e.user_id IS NOT NULL THEN 'OWN_PEOPLE'
           WHEN e.external_organisation IS NOT NULL THEN 'PARTNER_ORGANISATION'
           ELSE 'OTHER_EXTERNAL' END AS origin
    FROM course_enrolments e
    JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no) ON w.range @> (e.completed_at AT TIME ZONE v_zone)::date
    WHERE e.status = 'COMPLETED' AND e.completed_at >= v_from_ts AND e.completed_at < v_to_ts
  )
  SELECT av.no::integer, 'ACTIVE_VOLUNTEERS', 'TOTAL', 'TOTAL', count(*)
  FROM active_volunteers av GROUP BY av.no
  UNION ALL
  SELECT w.no::integer, 'QUALIFIED_STARTERS', 'TOTAL', 'TOTAL', count(DISTINCT q.user_id)
  FROM starter_qualifications q
  JOIN unnest(p_windows) WITH ORDINALITY AS w(range, no)
    ON q.granted_on < upper(w.range) AND (q.expires_on IS NULL OR q.expires_on >= upper(w.range))
  WHERE q.granted_by_centre_id = v_centre
  GROUP BY w.no
  UNION ALL
  SELECT ch.no::integer, 'COURSES_HELD', CASE WHEN grouping(ch.kind) = 0 THEN 'COURSE_KIND' ELSE 'TOTAL' END,
    coalesce(ch.kind, 'TOTAL'), count(*)
  FROM courses_held ch GROUP BY ch.no, GROUPING SETS ((), (ch.kind))
  UNION ALL
  SELECT t.no::integer, 'PEOPLE_TRAINED', CASE WHEN grouping(t.origin) = 0 THEN 'ORIGIN' ELSE 'TOTAL' END,
    coalesce(t.origin, 'TOTAL'), count(*)
  FROM trained t GROUP BY t.no, GROUPING SETS ((), (t.origin));
END
$fn$`;

export const NATIONAL_FIGURES = `
CREATE FUNCTION reporting.national_figures(p_windows daterange[])
RETURNS TABLE (centre_id uuid, window_no integer, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $fn$
DECLARE
  v_previous text := current_setting('app.tenant_id', true);
  v_centre uuid;
BEGIN
  IF coalesce(array_length(p_windows, 1), 0) = 0 OR array_length(p_windows, 1) > 400 THEN
    RAISE EXCEPTION 'reporting.national_figures takes 1 to 400 windows';
  END IF;
  FOR v_centre IN SELECT c.id FROM centres c WHERE c.kind = 'CENTRE' ORDER BY c.id LOOP
    PERFORM set_config('app.tenant_id', v_centre::text, true);
    RETURN QUERY SELECT v_centre, f.window_no, f.figure, f.dimension, f.category, f.value
      FROM reporting.centre_figures(p_windows) f;
  END LOOP;
  PERFORM set_config('app.tenant_id', coalesce(v_previous, ''), true);
END
$fn$`;
