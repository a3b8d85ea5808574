import type { MigrationInterface, QueryRunner } from 'typeorm';

import { APP_ROLE } from '../database-roles';

/**
 * Joining a centre is the person's choice. A centre admin no longer attaches an existing account
 * by e-mail: they invite the e-mail address, and the person accepts (or declines) when signed in.
 * Until then the inviting centre learns nothing about the account (whether there is one, the name
 * other centres gave it, whether it was declined).
 *
 * `staff_invitations` is centre-owned (the inviting centre's row) with the tenant policy; a second,
 * read-only policy `own_invitations` lets a signed-in person see the invitations addressed to the
 * e-mail address of their own account, in every centre, as `own_memberships` does for memberships
 * (decision record 0001). Accepting and declining are writes in the inviting centre and go through
 * `tenant_isolation` alone (the API acts in that centre for the write).
 */
export class StaffInvitations1765353600000 implements MigrationInterface {
  name = 'StaffInvitations1765353600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff_invitations (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
        role text NOT NULL CHECK (role IN ('CENTRE_ADMIN', 'COORDINATOR', 'STARTER')),
        invited_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        declined_at timestamptz,
        cancelled_at timestamptz,
        PRIMARY KEY (tenant_id, id),
        CHECK (num_nonnulls(accepted_at, declined_at, cancelled_at) <= 1)
      )`);
    // One open invitation per address and centre. A declined one stays open as far as the centre
    // can tell (it must not learn of the decline), so it blocks a new one until it expires.
    await db.query(`
      CREATE UNIQUE INDEX staff_invitations_open_key ON staff_invitations (tenant_id, email)
        WHERE accepted_at IS NULL AND cancelled_at IS NULL`);
    await db.query(`CREATE INDEX staff_invitations_email_idx ON staff_invitations (email)`);
    await db.query(`ALTER TABLE staff_invitations ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE staff_invitations FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON staff_invitations
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await db.query(`
      CREATE POLICY own_invitations ON staff_invitations FOR SELECT
        USING (email = (SELECT u.email FROM users u
                         WHERE u.id = nullif(current_setting('app.user_id', true), '')::uuid))`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON staff_invitations TO ${APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE staff_invitations`);
  }
}
