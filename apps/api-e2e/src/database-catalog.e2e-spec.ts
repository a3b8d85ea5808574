import { Client } from 'pg';

import { createTestDatabase, type TestDatabase } from '@link/shared/testing';

/**
 * What the database itself guarantees about the functions that run with their owner's rights and
 * about the roles that call them, read from the catalog of a migrated database. These hold for
 * whatever migrations exist, including ones written after this file.
 */
let database: TestDatabase;
let admin: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = new Client({ connectionString: database.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

interface FunctionRow {
  name: string;
  definer: boolean;
  search_path: string | null;
  public_may_execute: boolean;
}

/** Our functions: every schema but the system's, without those of extensions (btree_gist). */
async function ourFunctions(): Promise<FunctionRow[]> {
  const { rows } = await admin.query<FunctionRow>(`
    SELECT p.oid::regprocedure::text AS name, p.prosecdef AS definer,
      (SELECT substring(setting FROM length('search_path=') + 1)
       FROM unnest(p.proconfig) AS setting WHERE setting LIKE 'search_path=%') AS search_path,
      EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
              WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_may_execute
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND NOT EXISTS (SELECT FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    ORDER BY 1`);
  return rows;
}

/** pg_temp named last: the caller's temporary objects are found only where nothing else is. */
function endsWithPgTemp(searchPath: string | null): boolean {
  if (searchPath === null) return false;
  const schemas = searchPath.split(',').map((schema) => schema.trim().replace(/^"|"$/g, ''));
  return schemas[schemas.length - 1] === 'pg_temp';
}

describe('functions that run with their owner’s rights', () => {
  it('every SECURITY DEFINER function sets a search_path that ends with pg_temp', async () => {
    const definers = (await ourFunctions()).filter((fn) => fn.definer);
    expect(definers.map((fn) => fn.name)).toEqual(
      expect.arrayContaining([
        'reporting.national_figures(daterange[],text[],text[],integer[])',
        'reporting.refresh_facts()',
        // The narrow doors across the wall between centres (docs/decisions/0007).
        'shared_course_catalogue()',
        'shared_course_enrol(uuid,uuid,uuid)',
        'shared_course_withdraw(uuid)',
        'shared_course_enrolments_of_centre(boolean)',
        'starter_busy_elsewhere(uuid[])',
        // The public answering page and survey results (docs/decisions/0009).
        'survey_code_lookup(text)',
        'survey_submit(text,jsonb)',
        'survey_results(uuid)',
      ]),
    );
    const unsafe = definers
      .filter((fn) => !endsWithPgTemp(fn.search_path))
      .map((fn) => `${fn.name}: ${fn.search_path ?? 'no search_path'}`);
    expect(unsafe).toEqual([]);
  });

  it('every function that sets a search_path ends it with pg_temp (a definer may call it)', async () => {
    const unsafe = (await ourFunctions())
      .filter((fn) => fn.search_path !== null && !endsWithPgTemp(fn.search_path))
      .map((fn) => `${fn.name}: ${fn.search_path}`);
    expect(unsafe).toEqual([]);
  });

  it('no SECURITY DEFINER function may be executed by everyone', async () => {
    const open = (await ourFunctions())
      .filter((fn) => fn.definer && fn.public_may_execute)
      .map((fn) => fn.name);
    expect(open).toEqual([]);
  });

  it('nobody but the owner may create objects in our schemas', async () => {
    const { rows } = await admin.query<{ schema: string; role: string }>(`
      SELECT n.nspname AS schema, r.rolname AS role
      FROM pg_namespace n CROSS JOIN pg_roles r
      WHERE n.nspname IN ('public', 'reporting') AND r.rolname IN ('link_app', 'link_reporting')
        AND has_schema_privilege(r.oid, n.oid, 'CREATE')`);
    expect(rows).toEqual([]);
  });
});

describe('a temporary object cannot stand in for a table a report function reads', () => {
  /** The database's TEMPORARY privilege for `role`, as it was before it was revoked. */
  async function withTemporaryFor<T>(role: string, work: () => Promise<T>): Promise<T> {
    await admin.query(`GRANT TEMPORARY ON DATABASE "${database.name}" TO ${role}`);
    try {
      return await work();
    } finally {
      await admin.query(`REVOKE TEMPORARY ON DATABASE "${database.name}" FROM ${role}`);
    }
  }

  it('a temporary view named centres, made by the reporting role, does not reach national_figures', async () => {
    const { rows: realCentres } = await admin.query<{ id: string }>(
      `SELECT id FROM centres WHERE kind = 'CENTRE' ORDER BY id`,
    );
    const reporting = await database.connectAsReporting();
    try {
      const centreIds = await withTemporaryFor('link_reporting', async () => {
        await reporting.query('BEGIN');
        // security_invoker: the view reads with the rights of whoever runs the query, which
        // inside national_figures is its owner. Every user would come back as a "centre".
        await reporting.query(`
          CREATE TEMP VIEW centres WITH (security_invoker = true) AS
          SELECT u.id, u.email AS slug, u.password_hash AS name, '{}'::text[] AS municipalities,
            'Europe/Oslo'::text AS time_zone, now() AS created_at, 'CENTRE'::text AS kind
          FROM public.users u`);
        await reporting.query(`GRANT SELECT ON pg_temp.centres TO PUBLIC`);
        const { rows } = await reporting.query<{ centre_id: string }>(
          `SELECT DISTINCT centre_id FROM reporting.national_figures(ARRAY['[2025-01-01,2025-02-01)'::daterange])
           ORDER BY centre_id`,
        );
        await reporting.query('ROLLBACK');
        return rows.map((row) => row.centre_id);
      });
      // The real centres, and the country's row (null).
      expect(centreIds).toEqual([...realCentres.map((centre) => centre.id), null]);
    } finally {
      await reporting.end();
    }
  });

  it('a temporary inquiries table, made by the runtime role, does not reach refresh_facts', async () => {
    const { rows: centres } = await admin.query<{ id: string }>(
      `SELECT id FROM centres WHERE slug = 'bergen'`,
    );
    const bergen = centres[0].id;
    const marchCount = async () => {
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM inquiries
         WHERE tenant_id = $1 AND received_at >= '2025-03-01' AND received_at < '2025-04-01'`,
        [bergen],
      );
      return rows[0].n;
    };
    const app = await database.connectAsApp();
    try {
      await withTemporaryFor('link_app', async () => {
        await app.query('BEGIN');
        await app.query(`SELECT set_config('app.tenant_id', $1, true)`, [bergen]);
        await app.query(`CREATE TEMP TABLE inquiries AS SELECT * FROM public.inquiries LIMIT 1`);
        await app.query(`INSERT INTO pg_temp.inquiries
          SELECT (i).* FROM (SELECT i FROM pg_temp.inquiries i) x, generate_series(1, 499)`);
        await app.query(
          `UPDATE pg_temp.inquiries SET id = gen_random_uuid(), received_at = '2025-03-10'`,
        );
        await app.query(`GRANT SELECT ON pg_temp.inquiries TO PUBLIC`);
        await app.query(`SELECT reporting.refresh_facts()`);
        await app.query('COMMIT');
      });
    } finally {
      await app.end();
    }
    const { rows: stored } = await admin.query<{ value: number }>(
      `SELECT coalesce(sum(value), 0)::int AS value FROM reporting.month_facts
       WHERE tenant_id = $1 AND month = '2025-03-01' AND figure = 'INQUIRIES_RECEIVED' AND dimension = 'TOTAL'`,
      [bergen],
    );
    expect(stored[0].value).toBe(await marchCount());
    expect(stored[0].value).toBeLessThan(500);
  });
});

describe('the reporting role', () => {
  it('logs in on its own and can execute the national function', async () => {
    const reporting = await database.connectAsReporting();
    try {
      const { rows } = await reporting.query<{ who: string; n: number }>(
        `SELECT current_user AS who, (SELECT count(*)::int
           FROM reporting.national_figures(ARRAY['[2025-01-01,2026-01-01)'::daterange])) AS n`,
      );
      expect(rows[0]).toEqual({ who: 'link_reporting', n: expect.any(Number) });
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await reporting.end();
    }
  });

  it('cannot read a table, create a temporary object, or run any other report function', async () => {
    const reporting = await database.connectAsReporting();
    try {
      const refused = async (sql: string) => {
        const error = await reporting.query(sql).then(
          () => null,
          (e: { code?: string }) => e,
        );
        return [sql, error?.code];
      };
      for (const sql of [
        'SELECT 1 FROM participants LIMIT 1',
        'SELECT 1 FROM users LIMIT 1',
        'SELECT 1 FROM centres LIMIT 1',
        'SELECT 1 FROM reporting.month_facts LIMIT 1',
        'CREATE TEMP TABLE probe (n int)',
        'CREATE TEMP VIEW centres AS SELECT 1 AS id',
        'CREATE TABLE public.probe (n int)',
        'CREATE FUNCTION public.probe() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
        'SELECT reporting.refresh_facts()',
        `SELECT * FROM reporting.centre_figures(ARRAY['[2025-01-01,2026-01-01)'::daterange])`,
        'SET ROLE link_app',
      ]) {
        expect(await refused(sql)).toEqual([sql, '42501']);
      }
    } finally {
      await reporting.end();
    }
    const { rows } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.role_table_grants WHERE grantee = 'link_reporting'`,
    );
    expect(rows[0].n).toBe(0);
  });

  it('may execute only functions of the reporting schema', async () => {
    const { rows } = await admin.query<{ name: string }>(`
      SELECT p.oid::regprocedure::text AS name
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'reporting')
        AND n.nspname NOT LIKE 'pg\\_%'
        AND NOT EXISTS (SELECT FROM pg_depend d
                        WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
        AND has_function_privilege('link_reporting', p.oid, 'EXECUTE')`);
    expect(rows).toEqual([]);
  });

  it('cannot be reached from the runtime role by SET ROLE (which RESET ROLE would undo)', async () => {
    const app = await database.connectAsApp();
    try {
      await expect(app.query('SET ROLE link_reporting')).rejects.toMatchObject({ code: '42501' });
      const { rows } = await app.query<{ member: boolean }>(
        `SELECT pg_has_role('link_app', 'link_reporting', 'MEMBER') AS member`,
      );
      expect(rows[0].member).toBe(false);
    } finally {
      await app.end();
    }
  });
});

describe('the runtime role', () => {
  it('cannot create temporary objects either (nothing the API does needs one)', async () => {
    const app = await database.connectAsApp();
    try {
      await expect(app.query('CREATE TEMP TABLE probe (n int)')).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await app.end();
    }
  });
});
