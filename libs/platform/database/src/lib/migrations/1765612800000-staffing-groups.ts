import type { MigrationInterface, QueryRunner } from 'typeorm';

import { APP_ROLE } from '../database-roles';

/**
 * Staffing a group without an admin (issue 13, item 3).
 *
 * - A centre setting: a volunteer must have shown a valid police certificate and signed the
 *   confidentiality agreement before starting a group (on by default).
 * - `starter_busy_elsewhere(memberships)`: for the caller's own starters, the weekly times they
 *   start groups in *other* centres, and nothing else: no centre, no group, no name. A coordinator
 *   sees "busy at that time in another centre" and can plan around it. Only a coordinator or admin
 *   of the caller's centre may ask, and only about people who are active members there; another
 *   centre's membership id answers nothing. Like the shared-training functions it switches
 *   `app.tenant_id` to each other centre in turn and back (docs/decisions/0007).
 */
export class StaffingGroups1765612800000 implements MigrationInterface {
  name = 'StaffingGroups1765612800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE centre_settings
      ADD COLUMN require_volunteer_clearance boolean NOT NULL DEFAULT true`);

    await db.query(`
      CREATE FUNCTION starter_busy_elsewhere(p_membership_ids uuid[])
      RETURNS TABLE (membership_id uuid, weekday text, start_time time, duration_minutes integer)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $fn$
      #variable_conflict use_column
      DECLARE
        v_home uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
        v_caller uuid := nullif(current_setting('app.user_id', true), '')::uuid;
        v_ids uuid[];
        v_users uuid[];
        v_centres uuid[];
        v_centre uuid;
      BEGIN
        IF v_home IS NULL OR v_caller IS NULL
           OR NOT public.shared_training_caller_is_staff(v_home, v_caller) THEN
          RAISE EXCEPTION 'caller' USING ERRCODE = 'L0403';
        END IF;
        SELECT array_agg(m.id), array_agg(m.user_id) INTO v_ids, v_users
          FROM public.memberships m
         WHERE m.tenant_id = v_home AND m.id = ANY (p_membership_ids) AND m.deactivated_at IS NULL;
        IF v_ids IS NULL THEN
          RETURN;
        END IF;
        SELECT array_agg(c.id) INTO v_centres FROM public.centres c WHERE c.id <> v_home;
        FOREACH v_centre IN ARRAY coalesce(v_centres, '{}') LOOP
          PERFORM set_config('app.tenant_id', v_centre::text, true);
          RETURN QUERY
            SELECT DISTINCT p.membership_id, g.weekday, g.start_time, g.duration_minutes
              FROM unnest(v_ids, v_users) AS p(membership_id, user_id)
              JOIN public.memberships m
                ON m.tenant_id = v_centre AND m.user_id = p.user_id AND m.deactivated_at IS NULL
              JOIN public.group_starters s
                ON s.tenant_id = v_centre AND s.membership_id = m.id AND s.released_at IS NULL
              JOIN public.groups g
                ON g.tenant_id = v_centre AND g.id = s.group_id AND g.status <> 'ENDED';
        END LOOP;
        PERFORM set_config('app.tenant_id', v_home::text, true);
      END
      $fn$`);
    await db.query(`REVOKE ALL ON FUNCTION starter_busy_elsewhere(uuid[]) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION starter_busy_elsewhere(uuid[]) TO ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION starter_busy_elsewhere(uuid[])`);
    await db.query(`ALTER TABLE centre_settings DROP COLUMN require_volunteer_clearance`);
  }
}
