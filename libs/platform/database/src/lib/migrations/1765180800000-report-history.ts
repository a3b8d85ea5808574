import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const HISTORY_TABLES = ['erased_month_counts', 'erased_span_counts'];
const SEARCH_PATH = 'SET search_path = pg_catalog, public, pg_temp';

/**
 * Report history that erasure does not rewrite (docs/decisions/0003 and 0004).
 *
 * When a participant row is deleted (erasure on request, the retention rule, a withdrawn
 * consent, or anything else), a trigger first adds what that person contributed to the figures
 * to two centre-owned tables of anonymous counts, in the shapes the report functions already
 * count in: `reporting.erased_month_counts` (additive counts per month: new people, days to
 * group, the promises' outcomes, referrals by kind of service) and `reporting.erased_span_counts`
 * (the weighted runs of months in groups behind "people in groups"). Rows hold sums, one category
 * each, and no column leads back to a person, a group, an inquiry or a referral. The counting
 * functions add them to what they count from the base tables, so a figure is the same before and
 * after a person is erased, live, in the stored facts and nationally.
 *
 * Also: report windows must be whole months (the functions count by month), and each centre's
 * first month with activity comes with the snapshots ("since the start").
 */
export class ReportHistory1765180800000 implements MigrationInterface {
  name = 'ReportHistory1765180800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE reporting.erased_month_counts (
        tenant_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        figure text COLLATE "C" NOT NULL,
        dimension text COLLATE "C" NOT NULL,
        category text COLLATE "C" NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, month, figure, dimension, category)
      )`);
    // A run [starts, ends) counts +1 in a window it overlaps; a gap between two runs, stored as
    // starts = the later run's start and ends = the earlier run's end, counts -1 in a window that
    // reaches into both (reporting.span_edges).
    await db.query(`
      CREATE TABLE reporting.erased_span_counts (
        tenant_id uuid NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        figure text COLLATE "C" NOT NULL,
        dimension text COLLATE "C" NOT NULL,
        category text COLLATE "C" NOT NULL,
        starts date NOT NULL,
        ends date NOT NULL,
        value integer NOT NULL,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, figure, dimension, category, starts, ends)
      )`);
    for (const table of HISTORY_TABLES) {
      await db.query(`ALTER TABLE reporting.${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE reporting.${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON reporting.${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
      // A centre's own report counts them with the runtime role's rights; only the trigger
      // (as the owner) adds to them, and nothing changes or removes them but a centre's deletion.
      await db.query(`GRANT SELECT ON reporting.${table} TO link_app`);
    }

    await db.query(KEEP_ERASED_HISTORY);
    await db.query(`REVOKE ALL ON FUNCTION reporting.keep_erased_history() FROM PUBLIC`);
    await db.query(`
      CREATE TRIGGER keep_erased_history BEFORE DELETE ON participants
      FOR EACH ROW EXECUTE FUNCTION reporting.keep_erased_history()`);

    // Where someone who finished a course came from outlives the retention rule, which erases
    // external participants' names and organisations: "from a partner organisation" is a
    // category of the figures, not a detail about the person.
    await db.query(`ALTER TABLE course_enrolments ADD COLUMN origin text
      CHECK (origin IN ('OWN_PEOPLE', 'PARTNER_ORGANISATION', 'OTHER_EXTERNAL'))`);
    await db.query(`UPDATE course_enrolments SET origin = CASE WHEN user_id IS NOT NULL THEN 'OWN_PEOPLE'
      WHEN external_organisation IS NOT NULL THEN 'PARTNER_ORGANISATION' ELSE 'OTHER_EXTERNAL' END`);
    await db.query(`ALTER TABLE course_enrolments ALTER COLUMN origin SET NOT NULL`);
    await db.query(ENROLMENT_ORIGIN);
    await db.query(`REVOKE ALL ON FUNCTION reporting.enrolment_origin() FROM PUBLIC`);
    await db.query(`
      CREATE TRIGGER enrolment_origin BEFORE INSERT OR UPDATE ON course_enrolments
      FOR EACH ROW EXECUTE FUNCTION reporting.enrolment_origin()`);

    // The counting functions keep their bodies under a new name; the old names now add the
    // history to them, so count_windows, refresh_facts and national_figures need no change.
    await db.query(
      `ALTER FUNCTION reporting.centre_month_counts(date, date) RENAME TO centre_month_counts_from_tables`,
    );
    await db.query(
      `ALTER FUNCTION reporting.centre_span_counts(date, date) RENAME TO centre_span_counts_from_tables`,
    );
    await db.query(
      `ALTER FUNCTION reporting.centre_snapshots() RENAME TO centre_snapshots_from_tables`,
    );
    for (const signature of [
      'centre_month_counts_from_tables(date, date)',
      'centre_span_counts_from_tables(date, date)',
      'centre_snapshots_from_tables()',
    ]) {
      await db.query(`ALTER FUNCTION reporting.${signature} ${SEARCH_PATH}`);
    }
    await db.query(CENTRE_MONTH_COUNTS);
    await db.query(CENTRE_SPAN_COUNTS);
    await db.query(CENTRE_SNAPSHOTS);
    await db.query(CHECK_WHOLE_MONTHS);
    await db.query(`REVOKE ALL ON FUNCTION reporting.centre_month_counts(date, date),
      reporting.centre_span_counts(date, date), reporting.centre_snapshots() FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION reporting.centre_month_counts(date, date),
      reporting.centre_span_counts(date, date), reporting.centre_snapshots() TO link_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER keep_erased_history ON participants`);
    await db.query(`DROP FUNCTION reporting.keep_erased_history()`);
    await db.query(`DROP FUNCTION reporting.centre_month_counts(date, date),
      reporting.centre_span_counts(date, date), reporting.centre_snapshots()`);
    await db.query(
      `ALTER FUNCTION reporting.centre_month_counts_from_tables(date, date) RENAME TO centre_month_counts`,
    );
    await db.query(
      `ALTER FUNCTION reporting.centre_span_counts_from_tables(date, date) RENAME TO centre_span_counts`,
    );
    await db.query(
      `ALTER FUNCTION reporting.centre_snapshots_from_tables() RENAME TO centre_snapshots`,
    );
    await db.query(CHECK_WINDOWS_BEFORE);
    await db.query(`DROP TRIGGER enrolment_origin ON course_enrolments`);
    await db.query(`DROP FUNCTION reporting.enrolment_origin()`);
    await db.query(`ALTER TABLE course_enrolments DROP COLUMN origin`);
    await db.query(`DROP TABLE reporting.erased_span_counts, reporting.erased_month_counts`);
  }
}

/**
 * What one person contributed to the figures, added to the centre's anonymous history before the
 * person's row (and with it their inquiries, memberships and referrals) is deleted. The same
 * definitions as the counting functions, for one person. A membership still running ends with
 * the erasure: the person is no longer in the group from the next month on.
 *
 * SECURITY DEFINER so that no role but the owner can write the history; a trigger function
 * cannot be called directly. Row-level security binds the owner too (FORCE), so it works as the
 * person's centre.
 */
const KEEP_ERASED_HISTORY = `
CREATE FUNCTION reporting.keep_erased_history() RETURNS trigger
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

/**
 * An enrolment's origin follows who it is for, except when the retention rule erases an external
 * participant's details (external_erased_at is set): then it stays what it was.
 */
const ENROLMENT_ORIGIN = `
CREATE FUNCTION reporting.enrolment_origin() RETURNS trigger
LANGUAGE plpgsql ${SEARCH_PATH} AS $fn$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.external_erased_at IS NOT NULL AND NEW.user_id IS NULL THEN
    NEW.origin := OLD.origin;
  ELSE
    NEW.origin := CASE WHEN NEW.user_id IS NOT NULL THEN 'OWN_PEOPLE'
      WHEN NEW.external_organisation IS NOT NULL THEN 'PARTNER_ORGANISATION' ELSE 'OTHER_EXTERNAL' END;
  END IF;
  RETURN NEW;
END
$fn$`;

/**
 * The counts of the base tables and of the erased people's history, summed. People who finished a
 * course are counted here, by the origin kept with each enrolment, instead of from the erasable
 * organisation (the function it wraps still counts them the old way; those rows are left out).
 */
const CENTRE_MONTH_COUNTS = `
CREATE FUNCTION reporting.centre_month_counts(p_from date, p_to date)
RETURNS TABLE (month date, figure text, dimension text, category text, value bigint)
LANGUAGE sql STABLE ${SEARCH_PATH} AS $fn$
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
      WHERE ce.tenant_id = ${TENANT} AND ce.status = 'COMPLETED'
        AND ce.completed_at >= p_from::timestamp AT TIME ZONE z.name
        AND ce.completed_at < p_to::timestamp AT TIME ZONE z.name
    ) e
    GROUP BY e.month, GROUPING SETS ((), (e.origin))
    UNION ALL
    SELECT h.month, h.figure, h.dimension, h.category, h.value
    FROM reporting.erased_month_counts h
    WHERE h.tenant_id = ${TENANT} AND h.month >= p_from AND h.month < p_to
  ) c
  GROUP BY c.month, c.figure, c.dimension, c.category
$fn$`;

/**
 * The same for the runs. A stored run is not clipped to [p_from, p_to): every window counted is
 * within it, and a run overlaps such a window exactly when its clipped part does.
 */
const CENTRE_SPAN_COUNTS = `
CREATE FUNCTION reporting.centre_span_counts(p_from date, p_to date)
RETURNS TABLE (figure text, dimension text, category text, starts date, ends date, value bigint)
LANGUAGE sql STABLE ${SEARCH_PATH} AS $fn$
  SELECT c.figure, c.dimension, c.category, c.starts, c.ends, sum(c.value)::bigint
  FROM (
    SELECT t.figure, t.dimension, t.category, t.starts, t.ends, t.value
    FROM reporting.centre_span_counts_from_tables(p_from, p_to) t
    UNION ALL
    SELECT h.figure, h.dimension, h.category, h.starts, h.ends, h.value
    FROM reporting.erased_span_counts h
    WHERE h.tenant_id = ${TENANT} AND h.starts < p_to AND h.ends > p_from
  ) c
  GROUP BY c.figure, c.dimension, c.category, c.starts, c.ends
  HAVING sum(c.value) <> 0
$fn$`;

/**
 * The snapshots, and the centre's first month with activity (its first inquiry, also an erased
 * person's, or its first started group), for "since the start".
 */
const CENTRE_SNAPSHOTS = `
CREATE FUNCTION reporting.centre_snapshots()
RETURNS TABLE (figure text, dimension text, category text, value bigint)
LANGUAGE sql STABLE ${SEARCH_PATH} AS $fn$
  SELECT * FROM reporting.centre_snapshots_from_tables()
  UNION ALL
  SELECT 'FIRST_MONTH', 'MONTH', to_char(f.month, 'YYYY-MM-DD'), 1
  FROM (
    SELECT least(
      (SELECT reporting.month_of((min(i.received_at) AT TIME ZONE reporting.centre_time_zone())::date)
       FROM inquiries i WHERE i.tenant_id = ${TENANT}),
      (SELECT min(a.inquiry_month) FROM anonymous_inquiry_records a WHERE a.tenant_id = ${TENANT}),
      (SELECT reporting.month_of(min(g.start_date)) FROM groups g
       WHERE g.tenant_id = ${TENANT} AND g.status NOT IN ('PLANNED', 'RECRUITING')
         AND NOT (g.status = 'PAUSED' AND g.paused_from = 'RECRUITING'))
    ) AS month
  ) f
  WHERE f.month IS NOT NULL
$fn$`;

/**
 * The functions count by month: a window that is not whole months (2026-02-10 to 2026-02-11)
 * would be counted as the months it touches, or as none. Refused instead.
 */
const CHECK_WHOLE_MONTHS = `
CREATE OR REPLACE FUNCTION reporting.check_windows(p_windows daterange[]) RETURNS void
LANGUAGE plpgsql IMMUTABLE ${SEARCH_PATH} AS $fn$
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
$fn$`;

const CHECK_WINDOWS_BEFORE = `
CREATE OR REPLACE FUNCTION reporting.check_windows(p_windows daterange[]) RETURNS void
LANGUAGE plpgsql IMMUTABLE AS $fn$
BEGIN
  IF EXISTS (SELECT FROM unnest(p_windows) AS r WHERE r IS NULL OR isempty(r) OR lower_inf(r) OR upper_inf(r)) THEN
    RAISE EXCEPTION 'reporting: every window needs a first and a last day';
  END IF;
END
$fn$`;
