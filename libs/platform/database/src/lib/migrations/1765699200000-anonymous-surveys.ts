import type { MigrationInterface, QueryRunner } from 'typeorm';

import { APP_ROLE } from '../database-roles';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const SAFE = `SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp`;
/** Today in Norway: a survey opens and closes on Norwegian dates. */
const TODAY = `(now() AT TIME ZONE 'Europe/Oslo')::date`;

/**
 * Anonymous participant surveys (issue 18, docs/decisions/0009-anonymous-surveys.md).
 *
 * Nothing here joins an answer to a code, a person, a group or a moment finer than a week:
 * - `survey_codes` holds a keyed hash of each one-time code (never the code), its survey and
 *   batch, and whether it is used. A batch holds its size, the ISO week it was issued and an
 *   optional label; no group, no person.
 * - An answer goes to `survey_inbox` (no reference to its code, only the ISO week). When a
 *   centre's inbox for a survey holds `min_answers` answers, or the survey closes, they move to
 *   `survey_answers` in random order under fresh random ids and leave the inbox: the order of
 *   the rows says nothing about the order of answering.
 * - The runtime role cannot read codes, the inbox or answers: the public answering page goes
 *   through `survey_code_lookup` and `survey_submit` (they need no tenant; they loop over the
 *   centres as the shared-training functions do), results through `survey_results`
 *   (report-sql/07-survey-results.sql), which protects the counts as the national figures are.
 *
 * A national survey belongs to the national office and names the centres taking part
 * (`participating_centres`); the SELECT-only policy `participating_centre` lets those centres
 * read it. The codes and answers of a national survey belong to the centre that collected them.
 * Survey references across tenants have no foreign key (it could not include tenant_id); the
 * functions keep them consistent, and a survey with issued codes cannot be deleted.
 */
export class AnonymousSurveys1765699200000 implements MigrationInterface {
  name = 'AnonymousSurveys1765699200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE surveys (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        title text NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
        intro text NOT NULL DEFAULT '' CHECK (length(intro) <= 2000),
        questions jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        closed boolean NOT NULL DEFAULT false,
        -- Null: the reporting threshold k. Never below it in effect (survey_results, survey_submit).
        min_answers integer CHECK (min_answers BETWEEN 3 AND 1000),
        participating_centres uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        CHECK (closes_on >= opens_on)
      )`);
    await db.query(`
      CREATE TABLE survey_code_batches (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        survey_tenant_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        size integer NOT NULL CHECK (size BETWEEN 1 AND 500),
        issued_week text NOT NULL CHECK (issued_week ~ '^[0-9]{4}-W[0-9]{2}$'),
        label text CHECK (length(label) <= 80),
        PRIMARY KEY (tenant_id, id)
      )`);
    await db.query(`
      CREATE TABLE survey_codes (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        code_hash text NOT NULL UNIQUE CHECK (length(code_hash) = 43),
        survey_tenant_id uuid NOT NULL,
        survey_id uuid NOT NULL,
        batch_id uuid NOT NULL,
        used boolean NOT NULL DEFAULT false,
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, code_hash),
        FOREIGN KEY (tenant_id, batch_id) REFERENCES survey_code_batches (tenant_id, id) ON DELETE CASCADE
      )`);
    for (const table of ['survey_inbox', 'survey_answers']) {
      await db.query(`
        CREATE TABLE ${table} (
          tenant_id uuid NOT NULL REFERENCES centres (id),
          id uuid NOT NULL DEFAULT gen_random_uuid(),
          survey_tenant_id uuid NOT NULL,
          survey_id uuid NOT NULL,
          answered_week text NOT NULL CHECK (answered_week ~ '^[0-9]{4}-W[0-9]{2}$'),
          answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
          PRIMARY KEY (tenant_id, id)
        )`);
      await db.query(
        `CREATE INDEX ${table}_survey_idx ON ${table} (tenant_id, survey_tenant_id, survey_id)`,
      );
    }
    await db.query(
      `CREATE INDEX surveys_participating_idx ON surveys USING gin (participating_centres)`,
    );
    for (const table of [
      'surveys',
      'survey_code_batches',
      'survey_codes',
      'survey_inbox',
      'survey_answers',
    ]) {
      await db.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await db.query(
        `CREATE POLICY tenant_isolation ON ${table} USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
      );
    }
    await db.query(`
      CREATE POLICY participating_centre ON surveys FOR SELECT
      USING (${TENANT} = ANY (participating_centres))`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON surveys TO ${APP_ROLE}`);
    await db.query(`GRANT SELECT, INSERT, DELETE ON survey_code_batches TO ${APP_ROLE}`);
    // Codes are written by the staff's request; read and used only through the functions below.
    await db.query(`GRANT INSERT ON survey_codes TO ${APP_ROLE}`);

    // The reporting threshold k, the lowest minimum a survey may have (the rules stay unreadable).
    await db.query(`
      CREATE FUNCTION survey_threshold() RETURNS integer LANGUAGE sql STABLE ${SAFE} AS $fn$
        SELECT r.threshold FROM reporting.publication_rules r
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION survey_threshold() FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION survey_threshold() TO ${APP_ROLE}`);

    // Moves one centre's waiting answers for a survey into survey_answers, shuffled, with new ids.
    await db.query(`
      CREATE FUNCTION survey_flush_inbox(p_centre uuid, p_survey_tenant uuid, p_survey uuid)
      RETURNS void LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      DECLARE
        v_previous text := current_setting('app.tenant_id', true);
      BEGIN
        PERFORM set_config('app.tenant_id', p_centre::text, true);
        WITH moved AS (
          DELETE FROM public.survey_inbox i
           WHERE i.tenant_id = p_centre AND i.survey_tenant_id = p_survey_tenant AND i.survey_id = p_survey
          RETURNING i.answered_week, i.answers
        )
        INSERT INTO public.survey_answers (tenant_id, id, survey_tenant_id, survey_id, answered_week, answers)
        SELECT p_centre, gen_random_uuid(), p_survey_tenant, p_survey, m.answered_week, m.answers
          FROM moved m ORDER BY random();
        PERFORM set_config('app.tenant_id', coalesce(v_previous, ''), true);
      END
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION survey_flush_inbox(uuid, uuid, uuid) FROM PUBLIC`);

    // Every centre's waiting answers for a survey (when it closes, or its results are read closed).
    await db.query(`
      CREATE FUNCTION survey_flush_all(p_survey_tenant uuid, p_survey uuid)
      RETURNS void LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      DECLARE
        v_centre uuid;
      BEGIN
        FOR v_centre IN SELECT c.id FROM public.centres c WHERE c.kind = 'CENTRE' ORDER BY c.id LOOP
          PERFORM public.survey_flush_inbox(v_centre, p_survey_tenant, p_survey);
        END LOOP;
      END
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION survey_flush_all(uuid, uuid) FROM PUBLIC`);

    // Why a code cannot be used now: UNKNOWN, USED, NOT_OPEN, CLOSED; OK when it can.
    await db.query(`
      CREATE FUNCTION survey_code_state(p_used boolean, p_closed boolean, p_opens date, p_closes date)
      RETURNS text LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $fn$
        SELECT CASE WHEN p_used THEN 'USED'
                    WHEN p_closed OR p_closes < ${TODAY} THEN 'CLOSED'
                    WHEN p_opens > ${TODAY} THEN 'NOT_OPEN'
                    ELSE 'OK' END
      $fn$`);
    await db.query(
      `REVOKE ALL ON FUNCTION survey_code_state(boolean, boolean, date, date) FROM PUBLIC`,
    );

    // The public page's question: what does this code open? Nothing about other codes or answers.
    // Every centre is looked at whatever the code, so the time taken says nothing about it.
    await db.query(`
      CREATE FUNCTION survey_code_lookup(p_code_hash text)
      RETURNS TABLE (state text, title text, intro text, questions jsonb, closes_on date)
      LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      #variable_conflict use_column
      DECLARE
        v_previous text := current_setting('app.tenant_id', true);
        v_centre uuid;
        v_row record;
        v_found record;
      BEGIN
        FOR v_centre IN SELECT c.id FROM public.centres c WHERE c.kind = 'CENTRE' ORDER BY c.id LOOP
          PERFORM set_config('app.tenant_id', v_centre::text, true);
          SELECT public.survey_code_state(k.used, s.closed, s.opens_on, s.closes_on) AS state,
                 s.title, s.intro, s.questions, s.closes_on
            INTO v_row
            FROM public.survey_codes k
            JOIN public.surveys s ON s.tenant_id = k.survey_tenant_id AND s.id = k.survey_id
           WHERE k.tenant_id = v_centre AND k.code_hash = p_code_hash;
          IF FOUND THEN v_found := v_row; END IF;
        END LOOP;
        PERFORM set_config('app.tenant_id', coalesce(v_previous, ''), true);
        IF v_found IS NULL THEN
          RETURN QUERY SELECT 'UNKNOWN'::text, NULL::text, NULL::text, NULL::jsonb, NULL::date;
        ELSIF v_found.state <> 'OK' THEN
          RETURN QUERY SELECT v_found.state, NULL::text, NULL::text, NULL::jsonb, NULL::date;
        ELSE
          RETURN QUERY SELECT v_found.state, v_found.title, v_found.intro, v_found.questions, v_found.closes_on;
        END IF;
      END
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION survey_code_lookup(text) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION survey_code_lookup(text) TO ${APP_ROLE}`);

    // Uses a code once and keeps its answer: the row lock of the UPDATE makes a second, concurrent
    // use of the same code wait and then find it used. The answer keeps no trace of the code.
    await db.query(`
      CREATE FUNCTION survey_submit(p_code_hash text, p_answers jsonb)
      RETURNS text LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      DECLARE
        v_previous text := current_setting('app.tenant_id', true);
        v_centre uuid;
        v_survey_tenant uuid;
        v_survey uuid;
        v_min integer;
        v_waiting integer;
        v_state text;
        v_result text := 'UNKNOWN';
      BEGIN
        IF jsonb_typeof(p_answers) IS DISTINCT FROM 'object' THEN
          RAISE EXCEPTION 'answers' USING ERRCODE = 'L0400';
        END IF;
        FOR v_centre IN SELECT c.id FROM public.centres c WHERE c.kind = 'CENTRE' ORDER BY c.id LOOP
          PERFORM set_config('app.tenant_id', v_centre::text, true);
          UPDATE public.survey_codes k SET used = true
            FROM public.surveys s
           WHERE k.tenant_id = v_centre AND k.code_hash = p_code_hash AND NOT k.used
             AND s.tenant_id = k.survey_tenant_id AND s.id = k.survey_id
             AND public.survey_code_state(false, s.closed, s.opens_on, s.closes_on) = 'OK'
          RETURNING k.survey_tenant_id, k.survey_id, s.min_answers
            INTO v_survey_tenant, v_survey, v_min;
          IF FOUND THEN
            SELECT greatest(coalesce(v_min, r.threshold), r.threshold) INTO v_min FROM reporting.publication_rules r;
            INSERT INTO public.survey_inbox (tenant_id, survey_tenant_id, survey_id, answered_week, answers)
            VALUES (v_centre, v_survey_tenant, v_survey, to_char(${TODAY}, 'IYYY-"W"IW'), p_answers);
            SELECT count(*) INTO v_waiting FROM public.survey_inbox i
             WHERE i.tenant_id = v_centre AND i.survey_tenant_id = v_survey_tenant AND i.survey_id = v_survey;
            IF v_waiting >= v_min THEN
              PERFORM public.survey_flush_inbox(v_centre, v_survey_tenant, v_survey);
            END IF;
            v_result := 'ACCEPTED';
          ELSE
            SELECT public.survey_code_state(k.used, s.closed, s.opens_on, s.closes_on) INTO v_state
              FROM public.survey_codes k
              JOIN public.surveys s ON s.tenant_id = k.survey_tenant_id AND s.id = k.survey_id
             WHERE k.tenant_id = v_centre AND k.code_hash = p_code_hash;
            IF FOUND THEN v_result := v_state; END IF;
          END IF;
        END LOOP;
        PERFORM set_config('app.tenant_id', coalesce(v_previous, ''), true);
        RETURN v_result;
      END
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION survey_submit(text, jsonb) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION survey_submit(text, jsonb) TO ${APP_ROLE}`);

    // Closing a survey early, by its own centre's staff: waiting answers move at once.
    await db.query(`
      CREATE FUNCTION survey_close(p_survey uuid)
      RETURNS boolean LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      DECLARE
        v_home uuid := ${TENANT};
        v_caller uuid := nullif(current_setting('app.user_id', true), '')::uuid;
      BEGIN
        IF v_home IS NULL OR v_caller IS NULL
           OR NOT public.shared_training_caller_is_staff(v_home, v_caller) THEN
          RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
        END IF;
        UPDATE public.surveys s SET closed = true WHERE s.tenant_id = v_home AND s.id = p_survey;
        IF NOT FOUND THEN
          RETURN false;
        END IF;
        PERFORM public.survey_flush_all(v_home, p_survey);
        PERFORM set_config('app.tenant_id', v_home::text, true);
        RETURN true;
      END
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION survey_close(uuid) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION survey_close(uuid) TO ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION survey_close(uuid)`);
    await db.query(`DROP FUNCTION survey_submit(text, jsonb)`);
    await db.query(`DROP FUNCTION survey_code_lookup(text)`);
    await db.query(`DROP FUNCTION survey_code_state(boolean, boolean, date, date)`);
    await db.query(`DROP FUNCTION survey_flush_all(uuid, uuid)`);
    await db.query(`DROP FUNCTION survey_threshold()`);
    await db.query(`DROP FUNCTION survey_flush_inbox(uuid, uuid, uuid)`);
    await db.query(
      `DROP TABLE survey_answers, survey_inbox, survey_codes, survey_code_batches, surveys`,
    );
  }
}
