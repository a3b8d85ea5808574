import type { Client } from 'pg';

import { createTestDatabase, type TestDatabase } from '@link/shared/testing';

import { APP_ROLE, OWNER_ROLE } from '@link/platform/database';

/** The policy every centre-owned table must have, exactly (docs/architecture.md, decision 1). */
const TENANT_EXPRESSION =
  "(tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)";
/** Extra policies, by table, that were reviewed; anything else fails the catalog test. */
const REVIEWED_EXTRA_POLICIES: Record<string, string[]> = {
  memberships: ['own_memberships'],
  // The invited person reads the invitations to their own address (migration 1765353600000).
  staff_invitations: ['own_invitations'],
  library_materials: ['national_published'],
  material_versions: ['national_published'],
  // A national survey is read by the centres it names (docs/decisions/0009).
  surveys: ['participating_centre'],
  material_attachments: ['national_published'],
  attachment_blobs: ['national_published'],
};

let database: TestDatabase;
let app: Client;
let owner: Client;
let bergen: string;
let trondheim: string;

/** Tables with tenant_id, in the public and reporting schemas (qualified in the latter). */
async function centreOwnedTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `SELECT CASE c.table_schema WHEN 'public' THEN c.table_name
              ELSE c.table_schema || '.' || c.table_name END AS table_name
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema IN ('public', 'reporting') AND c.column_name = 'tenant_id'
        AND t.table_type = 'BASE TABLE'
      ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

/** Runs `work` as the runtime role in a transaction with `centreId` set, then rolls back. */
async function inCentre<T>(centreId: string | null, work: () => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [centreId ?? '']);
    return await work();
  } finally {
    await app.query('ROLLBACK');
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  owner = await database.connectAsOwner();
  // A second centre-owned table, made the way migrations make them, to prove composite keys.
  await owner.query(`
    CREATE TABLE isolation_probe (
      tenant_id uuid NOT NULL REFERENCES centres (id),
      id uuid NOT NULL DEFAULT gen_random_uuid(),
      membership_id uuid NOT NULL,
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, membership_id) REFERENCES memberships (tenant_id, id)
    );
    ALTER TABLE isolation_probe ENABLE ROW LEVEL SECURITY;
    ALTER TABLE isolation_probe FORCE ROW LEVEL SECURITY;
    CREATE POLICY tenant_isolation ON isolation_probe
      USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
    GRANT SELECT, INSERT, UPDATE, DELETE ON isolation_probe TO ${APP_ROLE};`);
  app = await database.connectAsApp();
  const { rows } = await app.query<{ slug: string; id: string }>(`SELECT slug, id FROM centres`);
  bergen = rows.find((row) => row.slug === 'bergen')!.id;
  trondheim = rows.find((row) => row.slug === 'trondheim')!.id;
});

afterAll(async () => {
  await app?.end();
  await owner?.end();
  await database?.drop();
});

describe('row-level security, as the runtime role', () => {
  it('returns no rows from any centre-owned table when no centre is set', async () => {
    const tables = await centreOwnedTables(app);
    expect(tables).toEqual(expect.arrayContaining(['memberships', 'isolation_probe']));
    for (const table of tables) {
      const { rows: privilege } = await app.query<{ readable: boolean }>(
        `SELECT has_table_privilege($1, 'SELECT') AS readable`,
        [table],
      );
      if (!privilege[0].readable) {
        // Written by the runtime role, read only through functions (survey_codes): not at all.
        await expect(
          inCentre(null, () => app.query(`SELECT count(*)::int AS n FROM ${table}`)),
        ).rejects.toThrow(/permission denied/);
        continue;
      }
      const { rows } = await inCentre(null, () =>
        app.query(`SELECT count(*)::int AS n FROM ${table}`),
      );
      expect({ table, rows: rows[0].n }).toEqual({ table, rows: 0 });
    }
    // And outside any transaction, where the setting reads as '' rather than NULL.
    const { rows } = await app.query(`SELECT count(*)::int AS n FROM memberships`);
    expect(rows[0].n).toBe(0);
  });

  it('shows a centre only its own rows', async () => {
    const rows = await inCentre(
      bergen,
      async () =>
        (await app.query<{ tenant_id: string }>(`SELECT tenant_id FROM memberships`)).rows,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.tenant_id))).toEqual(new Set([bergen]));
  });

  it('refuses to insert a row for another centre', async () => {
    await expect(
      inCentre(bergen, () =>
        app.query(
          `INSERT INTO memberships (tenant_id, user_id, role)
           SELECT $1, id, 'STARTER' FROM users WHERE email = 'analyst@national.demo.link'`,
          [trondheim],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('refuses to move a row to another centre', async () => {
    await expect(
      inCentre(bergen, () => app.query(`UPDATE memberships SET tenant_id = $1`, [trondheim])),
    ).rejects.toThrow(/row-level security/);
  });

  it("cannot change or delete another centre's rows: they are not there", async () => {
    const updated = await inCentre(bergen, () =>
      app.query(`UPDATE memberships SET role = 'STARTER' WHERE tenant_id = $1`, [trondheim]),
    );
    expect(updated.rowCount).toBe(0);
  });

  it("refuses a composite foreign key to another centre's row", async () => {
    const trondheimMembership = await inCentre(
      trondheim,
      async () =>
        (await app.query<{ id: string }>(`SELECT id FROM memberships LIMIT 1`)).rows[0].id,
    );
    await expect(
      inCentre(bergen, () =>
        app.query(`INSERT INTO isolation_probe (tenant_id, membership_id) VALUES ($1, $2)`, [
          bergen,
          trondheimMembership,
        ]),
      ),
    ).rejects.toThrow(/foreign key/);
    const bergenMembership = await inCentre(
      bergen,
      async () =>
        (await app.query<{ id: string }>(`SELECT id FROM memberships LIMIT 1`)).rows[0].id,
    );
    await inCentre(bergen, () =>
      app.query(`INSERT INTO isolation_probe (tenant_id, membership_id) VALUES ($1, $2)`, [
        bergen,
        bergenMembership,
      ]),
    );
  });
});

describe('the price of the wall', () => {
  /** Every condition a plan applies to rows (not the one-time ones), with the nodes below it. */
  function perRowConditions(plan: Record<string, unknown>): string[] {
    const own = ['Filter', 'Index Cond', 'Recheck Cond', 'Join Filter', 'Hash Cond']
      .map((key) => plan[key])
      .filter((value): value is string => typeof value === 'string');
    const below = ((plan['Plans'] as Record<string, unknown>[] | undefined) ?? []).flatMap(
      perRowConditions,
    );
    return [...own, ...below];
  }

  it('is one comparison per statement, not a check per row, where a query names its centre', async () => {
    // The centre-scoped repository names the centre in every query; the policy then folds into
    // a one-time filter. Tables with reviewed extra policies (OR-ed in) are checked per row.
    const tables = (await centreOwnedTables(app)).filter(
      (table) => !REVIEWED_EXTRA_POLICIES[table],
    );
    expect(tables.length).toBeGreaterThan(30);
    for (const table of tables) {
      const [plan] = await inCentre(bergen, async () => {
        const { rows } = await app.query<{ 'QUERY PLAN': { Plan: Record<string, unknown> }[] }>(
          `EXPLAIN (FORMAT JSON) SELECT * FROM ${table} WHERE tenant_id = '${bergen}'::uuid`,
        );
        return rows[0]['QUERY PLAN'];
      }).catch((error: Error) => {
        if (/permission denied/.test(error.message)) return [null]; // survey_codes: not readable
        throw error;
      });
      if (!plan) continue;
      const perRow = perRowConditions(plan.Plan).filter((c) => c.includes('current_setting'));
      expect({ table, perRow }).toEqual({ table, perRow: [] });
      expect({ table, oneTime: JSON.stringify(plan.Plan).includes('One-Time Filter') }).toEqual({
        table,
        oneTime: true,
      });
    }
  });
});

describe('the catalog', () => {
  it('has ENABLE + FORCE row-level security and the tenant policy on every table with tenant_id', async () => {
    const problems: string[] = [];
    for (const table of await centreOwnedTables(owner)) {
      const { rows: flags } = await owner.query<{ enabled: boolean; forced: boolean }>(
        `SELECT relrowsecurity AS enabled, relforcerowsecurity AS forced FROM pg_class
          WHERE oid = $1::regclass`,
        [table],
      );
      if (!flags[0].enabled) problems.push(`${table}: row-level security not enabled`);
      if (!flags[0].forced) problems.push(`${table}: row-level security not forced`);

      const { rows: policies } = await owner.query<{
        policyname: string;
        cmd: string;
        qual: string;
        with_check: string;
        permissive: string;
      }>(
        `SELECT policyname, cmd, qual, with_check, permissive FROM pg_policies
          WHERE schemaname = $1 AND tablename = $2`,
        table.includes('.') ? table.split('.') : ['public', table],
      );
      const tenant = policies.find((p) => p.policyname === 'tenant_isolation');
      if (!tenant) problems.push(`${table}: no tenant_isolation policy`);
      else {
        if (tenant.cmd !== 'ALL') problems.push(`${table}: tenant_isolation is not FOR ALL`);
        if (tenant.qual !== TENANT_EXPRESSION) problems.push(`${table}: USING is ${tenant.qual}`);
        if (tenant.with_check !== TENANT_EXPRESSION)
          problems.push(`${table}: WITH CHECK is ${tenant.with_check}`);
      }
      for (const policy of policies.filter((p) => p.policyname !== 'tenant_isolation')) {
        if (!(REVIEWED_EXTRA_POLICIES[table] ?? []).includes(policy.policyname)) {
          problems.push(`${table}: unreviewed policy ${policy.policyname}`);
        }
        if (policy.cmd !== 'SELECT')
          problems.push(`${table}: extra policy ${policy.policyname} allows ${policy.cmd}`);
      }

      const { rows: keys } = await owner.query<{ columns: string[] }>(
        `SELECT array_agg(a.attname::text ORDER BY k.ord) AS columns
           FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
          WHERE c.conrelid = $1::regclass AND c.contype IN ('p', 'u')
          GROUP BY c.oid`,
        [table],
      );
      if (!keys.some((key) => key.columns.join() === 'tenant_id,id')) {
        problems.push(`${table}: not unique on (tenant_id, id)`);
      }

      const { rows: foreignKeys } = await owner.query<{
        name: string;
        target: string;
        columns: string[];
      }>(
        `SELECT c.conname AS name, c.confrelid::regclass::text AS target,
                array_agg(a.attname::text) AS columns
           FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) AS k(attnum)
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
          WHERE c.conrelid = $1::regclass AND c.contype = 'f'
          GROUP BY c.oid, c.conname, c.confrelid`,
        [table],
      );
      const owned = new Set(await centreOwnedTables(owner));
      for (const fk of foreignKeys.filter((fk) => owned.has(fk.target))) {
        if (!fk.columns.includes('tenant_id')) {
          problems.push(
            `${table}: foreign key ${fk.name} to ${fk.target} does not include tenant_id`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('makes tenant_id NOT NULL everywhere', async () => {
    const { rows } = await owner.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema IN ('public', 'reporting') AND column_name = 'tenant_id' AND is_nullable = 'YES'`,
    );
    expect(rows).toEqual([]);
  });
});

describe('the runtime role', () => {
  it('is not a superuser, cannot bypass row-level security and cannot make roles or databases', async () => {
    const { rows } = await app.query(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
    const { rows: user } = await app.query(`SELECT current_user AS name`);
    expect(user[0].name).toBe(APP_ROLE);
  });

  it('owns no table, view, sequence, function or schema, and is not a member of the owner', async () => {
    const { rows } = await app.query(
      `SELECT 'relation ' || relname AS object FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE proowner = (SELECT oid FROM pg_roles WHERE rolname = $1)
       UNION ALL SELECT 'schema ' || nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = $1)`,
      [APP_ROLE],
    );
    expect(rows).toEqual([]);
    const { rows: membership } = await app.query(`SELECT pg_has_role($1, $2, 'MEMBER') AS member`, [
      APP_ROLE,
      OWNER_ROLE,
    ]);
    expect(membership[0].member).toBe(false);
  });

  it('cannot turn row-level security off, nor read the migrations table', async () => {
    await expect(app.query(`ALTER TABLE memberships DISABLE ROW LEVEL SECURITY`)).rejects.toThrow(
      /owner/,
    );
    await expect(app.query(`SELECT * FROM migrations`)).rejects.toThrow(/permission denied/);
  });
});
