import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Centres (tenants), platform-wide users, their memberships in centres, and sign-in sessions.
 * `memberships` is centre-owned and behind row-level security; a second, read-only policy lets
 * a signed-in user see their own memberships in every centre (to list and switch centres).
 */
export class PlatformFoundation1763884800000 implements MigrationInterface {
  name = 'PlatformFoundation1763884800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`GRANT USAGE ON SCHEMA public TO link_app`);

    await db.query(`
      CREATE TABLE centres (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL CHECK (length(trim(name)) > 0),
        municipalities text[] NOT NULL DEFAULT '{}',
        time_zone text NOT NULL DEFAULT 'Europe/Oslo',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON centres TO link_app`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
        display_name text NOT NULL CHECK (length(trim(display_name)) > 0),
        password_hash text NOT NULL,
        platform_role text CHECK (platform_role IN ('NATIONAL_ANALYST', 'PLATFORM_ADMIN')),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON users TO link_app`);

    await db.query(`
      CREATE TABLE memberships (
        tenant_id uuid NOT NULL REFERENCES centres (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL CHECK (role IN ('CENTRE_ADMIN', 'COORDINATOR', 'STARTER')),
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, id),
        UNIQUE (tenant_id, user_id)
      )`);
    await db.query(`CREATE INDEX memberships_user_id_idx ON memberships (user_id)`);
    await db.query(`ALTER TABLE memberships ENABLE ROW LEVEL SECURITY`);
    await db.query(`ALTER TABLE memberships FORCE ROW LEVEL SECURITY`);
    await db.query(`
      CREATE POLICY tenant_isolation ON memberships
        USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
    await db.query(`
      CREATE POLICY own_memberships ON memberships FOR SELECT
        USING (user_id = nullif(current_setting('app.user_id', true), '')::uuid)`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON memberships TO link_app`);

    // A session is one sign-in: its refresh tokens form a family that is revoked as a whole.
    await db.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        revoked_at timestamptz,
        revoked_reason text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX auth_sessions_user_id_idx ON auth_sessions (user_id)`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON auth_sessions TO link_app`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES auth_sessions (id),
        centre_id uuid REFERENCES centres (id),
        secret_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id)`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON refresh_tokens TO link_app`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE auth_sessions`);
    await db.query(`DROP TABLE memberships`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE centres`);
  }
}
