import type { MigrationInterface, QueryRunner } from 'typeorm';

const SEARCH_PATH = 'SET search_path = pg_catalog, public, pg_temp';

/**
 * A centre's own practice (issue 13, items 5–7): its contact details, which it edits itself
 * with its name and municipalities; the start-up meetings of its groups (`group_startup_meetings`,
 * centre-owned, the tenant policy); and the promise as the centres state it (LINK Bergen: "responstid på 1 døgn, og hver enkelt skal
 * være invitert til en individuell samtale i løpet av en uke"), and dates that cannot have
 * happened (issue 13, items 5 and 6).
 *
 * - `inquiries.conversation_invited_at`: when the person was invited to the individual
 *   conversation. CONVERSATION_PROMISE now measures the invitation (a conversation held counts
 *   as an invitation no later than that); the conversation held is its own figure,
 *   CONVERSATION_HELD. Both keep the dimension STATE with MET / MISSED / NOT_NEEDED / PENDING.
 * - An inquiry closed to the waitlist with nothing recorded for a promise counts as MISSED for it,
 *   not NOT_NEEDED: the person was served, so the promise was due. Other outcomes (referred
 *   elsewhere, not now, no answer from the person) before the deadline still make it NOT_NEEDED.
 * - The counting function `reporting.centre_month_counts_from_tables` and the erasure trigger
 *   `reporting.keep_erased_history` count the same way (same signatures, same search_path rule).
 *   History already kept for erased people is not rewritten.
 */
export class OwnPractice1765440000000 implements MigrationInterface {
  name = 'OwnPractice1765440000000';

  async up(db: QueryRunner): Promise<void> {
    // A centre keeps its name, contact details and municipalities up to date itself.
    await db.query(`ALTER TABLE centres
      ADD COLUMN contact_email text CHECK (length(contact_email) <= 254),
      ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 40),
      ADD COLUMN postal_address text CHECK (length(postal_address) <= 300),
      ADD COLUMN website text CHECK (length(website) <= 300)`);
    // Partners and channels the centres work with: libraries, crisis centres, Konfliktrådet, the
    // county; people hear of the centre from the police and crisis centres too.
    await db.query(`ALTER TABLE partners DROP CONSTRAINT partners_kind_check`);
    await db.query(`ALTER TABLE partners ADD CONSTRAINT partners_kind_check CHECK (kind IN ('NAV',
      'MUNICIPALITY', 'DPS', 'GP_OFFICE', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION', 'RED_CROSS',
      'LIBRARY', 'CRISIS_CENTRE', 'CONFLICT_COUNCIL', 'COUNTY', 'OTHER'))`);
    await db.query(`ALTER TABLE inquiries DROP CONSTRAINT inquiries_heard_via_check`);
    await db.query(`ALTER TABLE inquiries ADD CONSTRAINT inquiries_heard_via_check CHECK (heard_via IN
      ('NAV', 'DPS', 'GP', 'MUNICIPALITY', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION',
       'FRIEND_OR_FAMILY', 'SOCIAL_MEDIA', 'NEWSPAPER', 'SCHOOL_OR_UNIVERSITY', 'STAND_OR_TALK',
       'POLICE', 'CRISIS_CENTRE', 'OTHER'))`);
    await db.query(`ALTER TABLE inquiries ADD COLUMN conversation_invited_at timestamptz`);

    // The start-up meetings a starter holds with a new group: the day, and what was agreed
    // (fixed categories, no free text: the log is about the frames, never about the people).
    await db.query(`
      CREATE TABLE group_startup_meetings (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        group_id uuid NOT NULL,
        held_on date NOT NULL,
        agreed text[] NOT NULL DEFAULT '{}' CHECK (agreed <@ ARRAY['CONFIDENTIALITY',
          'FRAMES_AND_PRINCIPLES', 'TIME_AND_PLACE', 'SHARED_RESPONSIBILITY', 'STARTER_WITHDRAWAL']),
        recorded_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT group_startup_meetings_one_a_day UNIQUE (tenant_id, group_id, held_on),
        FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id) ON DELETE CASCADE
      )`);
    await db.query(`ALTER TABLE group_startup_meetings ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE group_startup_meetings FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON group_startup_meetings
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON group_startup_meetings TO link_app`);

    await db.query(CENTRE_MONTH_COUNTS_FROM_TABLES);
    await db.query(KEEP_ERASED_HISTORY);
    await db.query(`REVOKE ALL ON FUNCTION reporting.keep_erased_history() FROM PUBLIC`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(CENTRE_MONTH_COUNTS_FROM_TABLES_BEFORE);
    await db.query(KEEP_ERASED_HISTORY_BEFORE);
    await db.query(`DROP TABLE group_startup_meetings`);
    await db.query(`ALTER TABLE inquiries DROP COLUMN conversation_invited_at`);
    // Rows with the new kinds would break the old checks: they become OTHER.
    await db.query(`UPDATE partners SET kind = 'OTHER'
      WHERE kind IN ('LIBRARY', 'CRISIS_CENTRE', 'CONFLICT_COUNCIL', 'COUNTY')`);
    await db.query(
      `UPDATE inquiries SET heard_via = 'OTHER' WHERE heard_via IN ('POLICE', 'CRISIS_CENTRE')`,
    );
    await db.query(`ALTER TABLE partners DROP CONSTRAINT partners_kind_check`);
    await db.query(`ALTER TABLE partners ADD CONSTRAINT partners_kind_check CHECK (kind IN ('NAV',
      'MUNICIPALITY', 'DPS', 'GP_OFFICE', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION', 'RED_CROSS', 'OTHER'))`);
    await db.query(`ALTER TABLE inquiries DROP CONSTRAINT inquiries_heard_via_check`);
    await db.query(`ALTER TABLE inquiries ADD CONSTRAINT inquiries_heard_via_check CHECK (heard_via IN
      ('NAV', 'DPS', 'GP', 'MUNICIPALITY', 'VOLUNTEER_CENTRE', 'USER_ORGANISATION',
       'FRIEND_OR_FAMILY', 'SOCIAL_MEDIA', 'NEWSPAPER', 'SCHOOL_OR_UNIVERSITY', 'STAND_OR_TALK', 'OTHER'))`);
    await db.query(`ALTER TABLE centres DROP COLUMN contact_email, DROP COLUMN contact_phone,
      DROP COLUMN postal_address, DROP COLUMN website`);
  }
}

/** A promise is kept when its record is in time. Closed to the waitlist with no record: missed. */
function promiseState(doneAt: string, dueAt: string): string {
  return `CASE WHEN ${doneAt} IS NOT NULL THEN
             CASE WHEN ${doneAt} <= ${dueAt} THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome = 'JOINED_WAITLIST' THEN 'MISSED'
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN ${dueAt} < now() THEN 'MISSED'
           ELSE 'PENDING' END`;
}

const ANSWER_STATE = promiseState('i.first_answer_at', 'i.answer_due_at');
/** The invitation; a conversation held is an invitation made no later than that. */
const INVITATION_STATE = promiseState(
  'least(i.conversation_invited_at, i.conversation_held_at)',
  'i.conversation_due_at',
);
const HELD_STATE = promiseState('i.conversation_held_at', 'i.conversation_due_at');

/** Additive counts per month for the current centre (1764748800000), the promises as stated. */
const CENTRE_MONTH_COUNTS_FROM_TABLES = `
CREATE OR REPLACE FUNCTION reporting.centre_month_counts_from_tables(p_from date, p_to date)
RETURNS TABLE (month date, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql STABLE ${SEARCH_PATH} AS $fn$
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
      ${ANSWER_STATE} AS answer,
      ${INVITATION_STATE} AS conversation,
      ${HELD_STATE} AS held
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
$fn$`;

/** What one person contributed to the figures, kept before erasure (1765180800000). */
const KEEP_ERASED_HISTORY = `
CREATE OR REPLACE FUNCTION reporting.keep_erased_history() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER ${SEARCH_PATH} AS $fn$
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
      ('ANSWER_PROMISE', ${ANSWER_STATE}),
      ('CONVERSATION_PROMISE', ${INVITATION_STATE}),
      ('CONVERSATION_HELD', ${HELD_STATE})) AS p(figure, state)
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
$fn$`;

/** The definitions before this migration, for down(). */
const CENTRE_MONTH_COUNTS_FROM_TABLES_BEFORE = `
CREATE OR REPLACE FUNCTION reporting.centre_month_counts_from_tables(p_from date, p_to date)
RETURNS TABLE (month date, figure text, dimension text, category text, value bigint)
LANGUAGE plpgsql STABLE ${SEARCH_PATH} AS $fn$
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

const KEEP_ERASED_HISTORY_BEFORE = `
CREATE OR REPLACE FUNCTION reporting.keep_erased_history() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER ${SEARCH_PATH} AS $fn$
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
      ('ANSWER_PROMISE', CASE WHEN i.first_answer_at IS NOT NULL THEN
             CASE WHEN i.first_answer_at <= i.answer_due_at THEN 'MET' ELSE 'MISSED' END
           WHEN i.outcome IS NOT NULL THEN 'NOT_NEEDED'
           WHEN i.answer_due_at < now() THEN 'MISSED'
           ELSE 'PENDING' END),
      ('CONVERSATION_PROMISE', CASE WHEN i.conversation_held_at IS NOT NULL THEN
             CASE WHEN i.conversation_held_at <= i.conversation_due_at THEN 'MET' ELSE 'MISSED' END
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
$fn$`;
