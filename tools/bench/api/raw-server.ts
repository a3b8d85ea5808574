/**
 * The hand-written baseline of `npm run bench`: a minimal `node:http` + `pg` handler that serves
 * the same JSON as the API for a few operations, under the same row-level security: the JWT is
 * verified (HS256, issuer, audience, expiry), the request runs in one transaction as the runtime
 * role with the centre and user set transaction-locally, and the actor (user active, session
 * not revoked, membership in the centre) is checked in the database, as the API does.
 *
 * Started by bench.ts as a child process: RAW_DATABASE_URL (the runtime role), JWT_SECRET, PORT.
 * Answers POST /graphql with {"operationName": "...", "variables": {...}}; the query text is
 * ignored (each operation has its own hand-written SQL).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

import { Pool, type PoolClient } from 'pg';

const pool = new Pool({ connectionString: process.env['RAW_DATABASE_URL'], max: 10 });
const secret = process.env['JWT_SECRET'] ?? '';
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

interface Claims {
  sub: string;
  sid: string;
  cid: string | null;
}

function verifyJwt(header: string | undefined): Claims | null {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const [head, body, signature] = token.split('.');
  if (!head || !body || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const h = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
  if (h.alg !== 'HS256') return null;
  const c = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
  if (typeof c['exp'] !== 'number' || c['exp'] * 1000 < Date.now()) return null;
  if (c['iss'] !== 'link-platform' || c['aud'] !== 'link-api') return null;
  return { sub: String(c['sub']), sid: String(c['sid']), cid: (c['cid'] as string) ?? null };
}

/** The API's actor check: same SQL as ActorVerifier, after the settings are in place. */
async function checkActor(client: PoolClient, claims: Claims): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT u.deactivated_at AS ud, s.revoked_at AS sr, m.role, m.deactivated_at AS md
       FROM users u
       JOIN auth_sessions s ON s.id = $2 AND s.user_id = u.id
       LEFT JOIN memberships m ON m.user_id = u.id AND m.tenant_id = $3::uuid
      WHERE u.id = $1`,
    [claims.sub, claims.sid, claims.cid],
  );
  const row = rows[0];
  return Boolean(row && !row.sr && !row.ud && (!claims.cid || (row.role && !row.md)));
}

function timeOfDay(startTime: string): string {
  const hour = Number(startTime.slice(0, 2));
  if (hour < 10) return 'MORNING';
  if (hour < 12) return 'FORENOON';
  return hour < 17 ? 'AFTERNOON' : 'EVENING';
}

type Handler = (
  client: PoolClient,
  variables: Record<string, unknown>,
  claims: Claims | null,
) => Promise<unknown>;

const handlers: Record<string, { auth: boolean; run: Handler }> = {
  /** groups(limit: 50) { totalCount items { id name status weekday startTime memberCount } } */
  GroupsPage: {
    auth: true,
    run: async (client, variables) => {
      const limit = Number(variables['limit'] ?? 50);
      const { rows } = await client.query(
        `SELECT g.id, g.name, g.status, g.weekday, left(g.start_time::text, 5) AS "startTime",
                (SELECT count(*)::int FROM group_members m
                  WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id AND m.left_on IS NULL)
                  AS "memberCount",
                count(*) OVER ()::int AS total
           FROM groups g
          WHERE g.tenant_id = current_setting('app.tenant_id')::uuid
          ORDER BY g.name, g.id
          LIMIT $1`,
        [limit],
      );
      const totalCount = rows[0]?.total ?? 0;
      return {
        groups: {
          totalCount,
          items: rows.map(({ total: _total, ...item }) => item),
        },
      };
    },
  },
  /** publicGroups(centre) { kind weekday timeOfDay municipality startTime address recruiting } */
  PublicGroups: {
    auth: false,
    run: async (client, variables) => {
      const centre = await client.query(
        `SELECT id FROM centres WHERE slug = $1 AND kind = 'CENTRE'`,
        [variables['centre']],
      );
      if (!centre.rows[0]) return { publicGroups: null };
      // Its own statement: a policy in the same statement may be evaluated before set_config.
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [centre.rows[0].id]);
      const { rows } = await client.query(
        `SELECT g.kind, g.format, g.weekday, g.start_time::text AS start_time, g.municipality,
                g.status, r.address
           FROM groups g
           LEFT JOIN rooms r ON r.tenant_id = g.tenant_id AND r.id = g.room_id
          WHERE g.tenant_id = $1::uuid
            AND ((g.kind = 'OPEN' AND g.status IN ('RECRUITING', 'STARTING', 'SELF_RUN'))
              OR (g.kind = 'CLOSED' AND g.status = 'RECRUITING'))`,
        [centre.rows[0].id],
      );
      const items = rows
        .map((g) => {
          const open = g.kind === 'OPEN';
          return {
            kind: g.kind,
            weekday: g.weekday,
            timeOfDay: timeOfDay(g.start_time),
            municipality: g.municipality,
            startTime: open ? g.start_time.slice(0, 5) : null,
            address: open && g.format === 'PHYSICAL' ? (g.address ?? null) : null,
            recruiting: g.status === 'RECRUITING',
          };
        })
        .sort(
          (a, b) =>
            WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) ||
            a.timeOfDay.localeCompare(b.timeOfDay) ||
            (a.municipality ?? '').localeCompare(b.municipality ?? ''),
        );
      return { publicGroups: items };
    },
  },
};

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  const { operationName, variables = {} } = JSON.parse(raw) as {
    operationName: string;
    variables?: Record<string, unknown>;
  };
  const handler = handlers[operationName];
  if (!handler) return send(res, 404, { errors: [{ message: 'unknown operation' }] });
  const claims = verifyJwt(req.headers.authorization);
  if (handler.auth && !claims) return send(res, 401, { errors: [{ message: 'unauthenticated' }] });
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`,
      [claims?.cid ?? '', claims?.sub ?? ''],
    );
    if (handler.auth && claims && !(await checkActor(client, claims))) {
      await client.query('ROLLBACK');
      return send(res, 401, { errors: [{ message: 'session ended' }] });
    }
    const data = await handler.run(client, variables, claims);
    await client.query('COMMIT');
    send(res, 200, { data });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    send(res, 500, { errors: [{ message: String(error) }] });
  } finally {
    client.release();
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

export const RAW_OPERATIONS = Object.keys(handlers);

if (require.main === module) {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) =>
      send(res, 500, { errors: [{ message: String(error) }] }),
    );
  });
  server.listen(Number(process.env['PORT']), '127.0.0.1', () => {
    process.stdout.write('ready\n');
  });
  process.on('SIGTERM', () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}
