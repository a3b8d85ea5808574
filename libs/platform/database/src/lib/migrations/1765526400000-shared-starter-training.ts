import type { MigrationInterface, QueryRunner } from 'typeorm';

import { APP_ROLE } from '../database-roles';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const SAFE = `SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp`;

/**
 * Starter courses one centre hosts and other centres' people attend (docs/decisions/0007).
 *
 * An enrolment across centres is two rows, each behind its own centre's wall: the host's
 * `course_enrolments` row (the person's account, the centre that sent them, status, attendance)
 * and the home centre's `shared_course_enrolments` row (which of its people, on which host
 * enrolment). Status and attendance live only at the host; the home centre reads them through
 * `shared_course_enrolments_of_centre()`, so the two rows cannot drift apart. Both rows are
 * written together by the narrow owner-rights functions below, the only code that ever sets
 * `app.tenant_id` to a centre other than the token's, and each puts it back before it returns.
 *
 * Every function: takes the caller's centre and user from `app.tenant_id` / `app.user_id` (set
 * from the verified token), refuses without them, filters every query by `tenant_id` explicitly,
 * reads the home centre's rows before switching, and returns only what the decision record lists.
 * Errors carry SQLSTATE class `L0` (L0403, L0404, L0409) and a one-word reason the API maps to a
 * Norwegian message.
 */
export class SharedStarterTraining1765526400000 implements MigrationInterface {
  name = 'SharedStarterTraining1765526400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE courses ADD COLUMN open_to_other_centres boolean NOT NULL DEFAULT false`,
    );
    await db.query(`ALTER TABLE course_enrolments
      ADD COLUMN home_centre_id uuid REFERENCES centres (id),
      ADD CONSTRAINT course_enrolments_home_centre_check
        CHECK (home_centre_id IS NULL OR (user_id IS NOT NULL AND home_centre_id <> tenant_id))`);

    await db.query(`
      CREATE TABLE shared_course_enrolments (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL,
        membership_id uuid NOT NULL,
        host_centre_id uuid NOT NULL REFERENCES centres (id),
        host_course_id uuid NOT NULL,
        host_enrolment_id uuid NOT NULL,
        enrolled_by uuid REFERENCES users (id),
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, host_centre_id, host_enrolment_id),
        FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships (tenant_id, id),
        CHECK (host_centre_id <> tenant_id)
      )`);
    await db.query(
      `CREATE INDEX shared_course_enrolments_membership_idx ON shared_course_enrolments (tenant_id, membership_id)`,
    );
    await db.query(`ALTER TABLE shared_course_enrolments ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE shared_course_enrolments FORCE ROW LEVEL SECURITY`);
    await db.query(
      `CREATE POLICY tenant_isolation ON shared_course_enrolments USING (tenant_id = ${TENANT}) WITH CHECK (tenant_id = ${TENANT})`,
    );
    // Written only by the functions below; the API reads its own centre's rows.
    await db.query(`GRANT SELECT ON shared_course_enrolments TO ${APP_ROLE}`);

    // Whether the caller may act for others in their centre (coordinators and admins).
    await db.query(`
      CREATE FUNCTION shared_training_caller_is_staff(p_home uuid, p_caller uuid) RETURNS boolean
      LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $fn$
        SELECT EXISTS (SELECT 1 FROM public.memberships m
                        WHERE m.tenant_id = p_home AND m.user_id = p_caller AND m.deactivated_at IS NULL
                          AND m.role IN ('CENTRE_ADMIN', 'COORDINATOR'))
      $fn$`);
    await db.query(
      `REVOKE ALL ON FUNCTION shared_training_caller_is_staff(uuid, uuid) FROM PUBLIC`,
    );

    // Courses other centres host and open to everyone's people: nothing about who attends.
    await db.query(`
      CREATE FUNCTION shared_course_catalogue()
      RETURNS TABLE (host_centre_id uuid, host_centre_name text, course_id uuid, title text,
                     description text, kind text, capacity integer, enrolled integer,
                     qualification_valid_months integer, sessions jsonb)
      LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      #variable_conflict use_column
      DECLARE
        v_home uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
        v_hosts uuid[];
        v_host uuid;
      BEGIN
        IF v_home IS NULL OR nullif(current_setting('app.user_id', true), '') IS NULL THEN
          RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
        END IF;
        SELECT array_agg(c.id ORDER BY c.name) INTO v_hosts FROM public.centres c WHERE c.id <> v_home;
        FOREACH v_host IN ARRAY coalesce(v_hosts, '{}') LOOP
          PERFORM set_config('app.tenant_id', v_host::text, true);
          RETURN QUERY
            SELECT co.tenant_id, ce.name, co.id, co.title, co.description, co.kind, co.capacity,
                   (SELECT count(*)::int FROM public.course_enrolments e
                     WHERE e.tenant_id = co.tenant_id AND e.course_id = co.id
                       AND e.status IN ('ENROLLED', 'COMPLETED')),
                   co.qualification_valid_months,
                   (SELECT coalesce(jsonb_agg(jsonb_build_object(
                             'id', s.id, 'startsAt', s.starts_at, 'durationMinutes', s.duration_minutes,
                             'place', s.place, 'digital', s.digital, 'mandatory', s.mandatory)
                           ORDER BY s.starts_at), '[]'::jsonb)
                      FROM public.course_sessions s WHERE s.tenant_id = co.tenant_id AND s.course_id = co.id)
              FROM public.courses co JOIN public.centres ce ON ce.id = co.tenant_id
             WHERE co.tenant_id = v_host AND co.open_to_other_centres
               AND EXISTS (SELECT 1 FROM public.course_sessions s
                            WHERE s.tenant_id = co.tenant_id AND s.course_id = co.id AND s.starts_at > now())
             ORDER BY co.title, co.id;
        END LOOP;
        PERFORM set_config('app.tenant_id', v_home::text, true);
      END
      $fn$`);

    // Enrols one of the caller's centre's people (or the caller) in another centre's open course.
    await db.query(`
      CREATE FUNCTION shared_course_enrol(p_host_centre_id uuid, p_course_id uuid, p_membership_id uuid)
      RETURNS TABLE (enrolment_id uuid, status text)
      LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      #variable_conflict use_column
      DECLARE
        v_home uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
        v_caller uuid := nullif(current_setting('app.user_id', true), '')::uuid;
        v_user uuid;
        v_capacity integer;
        v_taken integer;
        v_status text;
        v_host_enrolment uuid := gen_random_uuid();
        v_link uuid := gen_random_uuid();
      BEGIN
        IF v_home IS NULL OR v_caller IS NULL THEN
          RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
        END IF;
        SELECT m.user_id INTO v_user FROM public.memberships m
         WHERE m.tenant_id = v_home AND m.id = p_membership_id AND m.deactivated_at IS NULL;
        IF v_user IS NULL THEN
          RAISE EXCEPTION 'membership' USING ERRCODE = 'L0404';
        END IF;
        IF v_user <> v_caller AND NOT public.shared_training_caller_is_staff(v_home, v_caller) THEN
          RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
        END IF;
        IF p_host_centre_id = v_home THEN
          RAISE EXCEPTION 'course' USING ERRCODE = 'L0404';
        END IF;

        PERFORM set_config('app.tenant_id', p_host_centre_id::text, true);
        -- The host's course row is the lock that keeps its capacity, as for its own enrolments.
        SELECT co.capacity INTO v_capacity FROM public.courses co
         WHERE co.tenant_id = p_host_centre_id AND co.id = p_course_id AND co.open_to_other_centres
           FOR UPDATE;
        IF v_capacity IS NULL THEN
          PERFORM set_config('app.tenant_id', v_home::text, true);
          RAISE EXCEPTION 'course' USING ERRCODE = 'L0404';
        END IF;
        IF EXISTS (SELECT 1 FROM public.course_enrolments e
                    WHERE e.tenant_id = p_host_centre_id AND e.course_id = p_course_id
                      AND e.user_id = v_user AND e.status <> 'WITHDRAWN') THEN
          PERFORM set_config('app.tenant_id', v_home::text, true);
          RAISE EXCEPTION 'enrolled' USING ERRCODE = 'L0409';
        END IF;
        SELECT count(*) INTO v_taken FROM public.course_enrolments e
         WHERE e.tenant_id = p_host_centre_id AND e.course_id = p_course_id
           AND e.status IN ('ENROLLED', 'COMPLETED');
        v_status := CASE WHEN v_taken < v_capacity THEN 'ENROLLED' ELSE 'WAITLISTED' END;
        INSERT INTO public.course_enrolments (tenant_id, id, course_id, user_id, home_centre_id, status, enrolled_at)
        VALUES (p_host_centre_id, v_host_enrolment, p_course_id, v_user, v_home, v_status, now());

        PERFORM set_config('app.tenant_id', v_home::text, true);
        INSERT INTO public.shared_course_enrolments
          (tenant_id, id, membership_id, host_centre_id, host_course_id, host_enrolment_id, enrolled_by, enrolled_at)
        VALUES (v_home, v_link, p_membership_id, p_host_centre_id, p_course_id, v_host_enrolment, v_caller, now());
        RETURN QUERY SELECT v_link, v_status;
      END
      $fn$`);

    // Withdraws one of the caller's centre's enrolments; the host's longest waiting gets the place.
    await db.query(`
      CREATE FUNCTION shared_course_withdraw(p_enrolment_id uuid) RETURNS text
      LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      DECLARE
        v_home uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
        v_caller uuid := nullif(current_setting('app.user_id', true), '')::uuid;
        v_host uuid;
        v_course uuid;
        v_host_enrolment uuid;
        v_user uuid;
        v_status text;
        v_next uuid;
      BEGIN
        IF v_home IS NULL OR v_caller IS NULL THEN
          RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
        END IF;
        SELECT s.host_centre_id, s.host_course_id, s.host_enrolment_id, m.user_id
          INTO v_host, v_course, v_host_enrolment, v_user
          FROM public.shared_course_enrolments s
          JOIN public.memberships m ON m.tenant_id = s.tenant_id AND m.id = s.membership_id
         WHERE s.tenant_id = v_home AND s.id = p_enrolment_id;
        IF v_host IS NULL THEN
          RAISE EXCEPTION 'enrolment' USING ERRCODE = 'L0404';
        END IF;
        IF v_user <> v_caller AND NOT public.shared_training_caller_is_staff(v_home, v_caller) THEN
          RAISE EXCEPTION 'enrolment' USING ERRCODE = 'L0404';
        END IF;

        PERFORM set_config('app.tenant_id', v_host::text, true);
        PERFORM 1 FROM public.courses co WHERE co.tenant_id = v_host AND co.id = v_course FOR UPDATE;
        SELECT e.status INTO v_status FROM public.course_enrolments e
         WHERE e.tenant_id = v_host AND e.id = v_host_enrolment;
        IF v_status IS NULL THEN
          PERFORM set_config('app.tenant_id', v_home::text, true);
          RAISE EXCEPTION 'enrolment' USING ERRCODE = 'L0404';
        ELSIF v_status IN ('WITHDRAWN', 'COMPLETED') THEN
          PERFORM set_config('app.tenant_id', v_home::text, true);
          RAISE EXCEPTION '%', lower(v_status) USING ERRCODE = 'L0409';
        END IF;
        UPDATE public.course_enrolments SET status = 'WITHDRAWN'
         WHERE tenant_id = v_host AND id = v_host_enrolment;
        IF v_status = 'ENROLLED' THEN
          SELECT e.id INTO v_next FROM public.course_enrolments e
           WHERE e.tenant_id = v_host AND e.course_id = v_course AND e.status = 'WAITLISTED'
           ORDER BY e.enrolled_at, e.id LIMIT 1;
          IF v_next IS NOT NULL THEN
            UPDATE public.course_enrolments SET status = 'ENROLLED' WHERE tenant_id = v_host AND id = v_next;
          END IF;
        END IF;
        PERFORM set_config('app.tenant_id', v_home::text, true);
        RETURN 'WITHDRAWN';
      END
      $fn$`);

    // The caller's centre's people on other centres' courses, as the host keeps them. A caller
    // who is not a coordinator or admin there gets their own enrolments only, whatever they ask.
    await db.query(`
      CREATE FUNCTION shared_course_enrolments_of_centre(p_only_mine boolean)
      RETURNS TABLE (enrolment_id uuid, membership_id uuid, user_id uuid, host_centre_name text,
                     course_id uuid, course_title text, course_kind text, status text,
                     enrolled_at timestamptz, completed_at timestamptz, sessions jsonb)
      LANGUAGE plpgsql VOLATILE ${SAFE} AS $fn$
      #variable_conflict use_column
      DECLARE
        v_home uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
        v_caller uuid := nullif(current_setting('app.user_id', true), '')::uuid;
        v_all boolean;
        v_hosts uuid[];
        v_host uuid;
        v_links uuid[];
        v_host_enrolments uuid[];
        v_memberships uuid[];
        v_users uuid[];
      BEGIN
        IF v_home IS NULL OR v_caller IS NULL THEN
          RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
        END IF;
        v_all := NOT p_only_mine AND public.shared_training_caller_is_staff(v_home, v_caller);
        SELECT array_agg(DISTINCT s.host_centre_id) INTO v_hosts
          FROM public.shared_course_enrolments s
          JOIN public.memberships m ON m.tenant_id = s.tenant_id AND m.id = s.membership_id
         WHERE s.tenant_id = v_home AND (v_all OR m.user_id = v_caller);
        FOREACH v_host IN ARRAY coalesce(v_hosts, '{}') LOOP
          -- Read the home rows for this host before switching: no cursor runs across a switch.
          PERFORM set_config('app.tenant_id', v_home::text, true);
          SELECT array_agg(s.id), array_agg(s.host_enrolment_id), array_agg(s.membership_id), array_agg(m.user_id)
            INTO v_links, v_host_enrolments, v_memberships, v_users
            FROM public.shared_course_enrolments s
            JOIN public.memberships m ON m.tenant_id = s.tenant_id AND m.id = s.membership_id
           WHERE s.tenant_id = v_home AND s.host_centre_id = v_host AND (v_all OR m.user_id = v_caller);
          PERFORM set_config('app.tenant_id', v_host::text, true);
          RETURN QUERY
            SELECT l.link, l.membership_id, l.user_id, ce.name, co.id, co.title, co.kind, e.status,
                   e.enrolled_at, e.completed_at,
                   (SELECT coalesce(jsonb_agg(jsonb_build_object(
                             'id', s.id, 'startsAt', s.starts_at, 'durationMinutes', s.duration_minutes,
                             'place', s.place, 'digital', s.digital, 'mandatory', s.mandatory,
                             'attended', a.attended)
                           ORDER BY s.starts_at), '[]'::jsonb)
                      FROM public.course_sessions s
                      LEFT JOIN public.session_attendance a
                        ON a.tenant_id = s.tenant_id AND a.session_id = s.id AND a.enrolment_id = e.id
                     WHERE s.tenant_id = co.tenant_id AND s.course_id = co.id)
              FROM unnest(v_links, v_host_enrolments, v_memberships, v_users)
                     AS l(link, host_enrolment_id, membership_id, user_id)
              JOIN public.course_enrolments e ON e.tenant_id = v_host AND e.id = l.host_enrolment_id
              JOIN public.courses co ON co.tenant_id = e.tenant_id AND co.id = e.course_id
              JOIN public.centres ce ON ce.id = co.tenant_id
             ORDER BY e.enrolled_at, l.link;
        END LOOP;
        PERFORM set_config('app.tenant_id', v_home::text, true);
      END
      $fn$`);

    for (const fn of [
      'shared_course_catalogue()',
      'shared_course_enrol(uuid, uuid, uuid)',
      'shared_course_withdraw(uuid)',
      'shared_course_enrolments_of_centre(boolean)',
    ]) {
      await db.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await db.query(`GRANT EXECUTE ON FUNCTION ${fn} TO ${APP_ROLE}`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION shared_course_enrolments_of_centre(boolean)`);
    await db.query(`DROP FUNCTION shared_course_withdraw(uuid)`);
    await db.query(`DROP FUNCTION shared_course_enrol(uuid, uuid, uuid)`);
    await db.query(`DROP FUNCTION shared_course_catalogue()`);
    await db.query(`DROP FUNCTION shared_training_caller_is_staff(uuid, uuid)`);
    await db.query(`DROP TABLE shared_course_enrolments`);
    await db.query(`ALTER TABLE course_enrolments DROP COLUMN home_centre_id`);
    await db.query(`ALTER TABLE courses DROP COLUMN open_to_other_centres`);
  }
}
