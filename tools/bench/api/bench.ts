/**
 * `npm run bench`: the API against a hand-written handler and against itself without row-level
 * security, on generated data, over loopback, in one run. See tools/bench/api/README.md.
 *
 *   npm run bench                       # default sizes, 3 rounds, then bench:matching and bench:reporting
 *   npm run bench -- --quick            # a smoke run: small data, 1 round, 2 s per measurement
 *   npm run bench -- --participants 5000 --groups 500 --skip-reporting --skip-matching
 *
 * Needs DATABASE_URL (a superuser URL; the database `link_bench_api` is created on that server)
 * and the built API (`nx build api`, which the npm script runs first).
 */
import autocannon from 'autocannon';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';

import {
  DEVELOPMENT_ENCRYPTION_KEYS,
  DEVELOPMENT_JWT_SECRET,
  DEVELOPMENT_LOOKUP_HASH_KEY,
} from '@link/platform/config';
import { PersonalDataCipher } from '@link/platform/crypto';
import { prepareDatabase, withDatabase } from '@link/platform/database';
import { DEMO_PASSWORD, seedDemoData } from '@link/platform/demo-data';
import { freePort, startCountingProxy, testRolePasswords } from '@link/shared/testing';

import { steadyLoad } from './steady-load';

const HOST = '127.0.0.1';
const WORKSPACE = path.resolve(__dirname, '../../..');
const MAIN = path.join(WORKSPACE, 'dist/apps/api/main.js');
const DATABASE = 'link_bench_api';
/**
 * The fixed rate is measured only where the server serves this many times that rate at
 * saturation: nearer its limit, an open loop measures a queue that grows for as long as it runs.
 */
const FIXED_RATE_HEADROOM = 1.25;

// ---------------------------------------------------------------------------------------------
// Arguments

interface Options {
  participants: number;
  groups: number;
  rounds: number;
  seconds: number;
  connections: number;
  rate: number;
  fresh: boolean;
  quick: boolean;
  skipMatching: boolean;
  skipReporting: boolean;
  write: boolean;
  /** Only the operations whose names contain one of these. */
  ops: string[];
  /** Another build of the API (its main.js), measured alternating with this one. */
  baseline: string | null;
  skipNoRls: boolean;
  /** A transaction-mode PgBouncer the API's runtime role goes through (DATABASE_POOLER_URL). */
  pooler: string;
  /** A folder the measured API writes a V8 CPU profile to when it stops (node --cpu-prof). */
  cpuProfile: string | null;
  /** The Node.js the servers run on; by default the one production runs (.nvmrc). */
  node: string | null;
}

function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const number = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const text = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    participants: number('participants', quick ? 200 : 3000),
    groups: number('groups', quick ? 60 : 400),
    rounds: number('rounds', quick ? 1 : 3),
    seconds: number('seconds', quick ? 2 : 5),
    connections: number('connections', 50),
    rate: number('rate', 60),
    fresh: argv.includes('--fresh'),
    quick,
    skipMatching: quick || argv.includes('--skip-matching'),
    skipReporting: quick || argv.includes('--skip-reporting'),
    write: (!quick || argv.includes('--write')) && !argv.includes('--no-write'),
    ops: text('ops')?.split(',') ?? [],
    baseline: text('baseline') ?? null,
    skipNoRls: argv.includes('--skip-no-rls'),
    pooler: text('pooler') ?? '',
    cpuProfile: text('cpu-prof') ?? null,
    node: text('node') ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Data

/**
 * The demo data (seven centres, their accounts) with each centre's participants and groups
 * grown to the sizes asked for, by copying the centre's own rows with new ids (set-based SQL).
 * Reused when the sizes match (the database's comment says which), unless --fresh.
 */
async function ensureData(adminUrl: string, options: Options): Promise<string> {
  const url = withDatabase(adminUrl, DATABASE);
  const marker = `bench:${options.participants}x${options.groups}:v2`;
  const existing = await withAdmin(withDatabase(adminUrl, 'postgres'), (c) =>
    c.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [DATABASE],
    ),
  );
  if (!options.fresh && existing.rows[0]?.comment === marker) {
    log(`Reusing ${DATABASE} (${marker})`);
    return url;
  }
  const started = Date.now();
  await withAdmin(withDatabase(adminUrl, 'postgres'), (c) =>
    c.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`),
  );
  await prepareDatabase(url, await testRolePasswords(adminUrl));
  await seedDemoData(
    url,
    new PersonalDataCipher(DEVELOPMENT_ENCRYPTION_KEYS, DEVELOPMENT_LOOKUP_HASH_KEY),
  );
  await withAdmin(url, async (c) => {
    const renamed = (column: string) => `r.${column} || ' ' || left(gen_random_uuid()::text, 8)`;
    // Every centre's participants grown to N by copying its own waiting ones (contact details
    // left out: they are unique per centre).
    await c.query(
      `INSERT INTO participants
       SELECT (jsonb_populate_record(NULL::participants, to_jsonb(r) || jsonb_build_object(
                 'id', gen_random_uuid(), 'display_name', ${renamed('display_name')},
                 'phone_hash', NULL, 'phone_ciphertext', NULL,
                 'email_hash', NULL, 'email_ciphertext', NULL))).*
         FROM centres t
         CROSS JOIN LATERAL generate_series(1, $1 - (SELECT count(*) FROM participants p
                                                      WHERE p.tenant_id = t.id)::int) n
         CROSS JOIN LATERAL (SELECT * FROM participants p
                              WHERE p.tenant_id = t.id AND p.status = 'WAITING'
                              ORDER BY p.id OFFSET n % greatest(1, (SELECT count(*)::int
                                FROM participants q WHERE q.tenant_id = t.id
                                  AND q.status = 'WAITING'))
                              LIMIT 1) r
        WHERE t.kind = 'CENTRE'`,
      [options.participants],
    );
    await c.query(
      `INSERT INTO groups
       SELECT (jsonb_populate_record(NULL::groups, to_jsonb(r) || jsonb_build_object(
                 'id', gen_random_uuid(), 'name', ${renamed('name')}))).*
         FROM centres t
         CROSS JOIN LATERAL generate_series(1, $1 - (SELECT count(*) FROM groups g
                                                      WHERE g.tenant_id = t.id)::int) n
         CROSS JOIN LATERAL (SELECT * FROM groups g WHERE g.tenant_id = t.id
                              ORDER BY g.id OFFSET n % greatest(1, (SELECT count(*)::int
                                FROM groups q WHERE q.tenant_id = t.id))
                              LIMIT 1) r
        WHERE t.kind = 'CENTRE'`,
      [options.groups],
    );
    await c.query('ANALYZE');
  });
  refreshFacts(url);
  await withAdmin(withDatabase(adminUrl, 'postgres'), (c) =>
    c.query(`COMMENT ON DATABASE ${DATABASE} IS '${marker}'`),
  );
  log(`Generated ${DATABASE} (${marker}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return url;
}

async function withAdmin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Servers

/**
 * The Node.js binary the API and the raw handler run on. Production runs the LTS in .nvmrc (the
 * Docker image's too), whose AsyncLocalStorage and promises cost far less than Node 20's, the
 * machines' own: measuring the API on another Node than it is deployed on measured the wrong
 * thing. Fetched from the npm registry's `node` package as CI's LTS pass does; the current Node
 * when that fails.
 */
function serverNode(explicit: string | null): string {
  if (explicit) return explicit;
  const lts = readFileSync(path.join(WORKSPACE, '.nvmrc'), 'utf8').trim();
  try {
    const bin = execFileSync(
      'npx',
      ['-y', '-p', `node@${lts}`, '--', 'sh', '-c', 'command -v node'],
      { cwd: WORKSPACE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim();
    if (bin) return bin;
  } catch {
    // No registry here: fall through.
  }
  log(`Node ${lts} (.nvmrc) is not available: the servers run on this Node, ${process.version}.`);
  return process.execPath;
}

let NODE = process.execPath;

interface Running {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function spawnServer(
  args: string[],
  env: Record<string, string>,
  ready: (url: string, output: () => string) => Promise<void>,
): Promise<Running> {
  const port = await freePort();
  const child = spawn(NODE, args, {
    cwd: WORKSPACE,
    env: { ...process.env, ...env, HOST, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://${HOST}:${port}`;
  await ready(url, () => output);
  return {
    url,
    child,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

async function waitFor(check: () => Promise<boolean>, what: string, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${what} did not start:\n${output()}`);
}

/**
 * The measured API's settings. No timers: the report facts are refreshed once when the data is
 * made (`refreshFacts`), not by each server a minute into the measurements, and no retention.
 */
function apiEnvironment(databaseUrl: string, pooler = ''): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_POOLER_URL: pooler,
    LOG_LEVEL: 'warn',
    JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    LOGIN_MAX_ATTEMPTS_PER_IP: '100000000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '100000000',
    PUBLIC_READS_PER_IP_PER_MINUTE: '100000000',
    RETENTION_INTERVAL_HOURS: '0',
    REPORT_FACTS_INTERVAL_MINUTES: '0',
    REDIS_URL: '',
    // The tokens signed in at the start must outlast the run (15 minutes by default).
    ACCESS_TOKEN_TTL_SECONDS: String(6 * 3600),
  };
}

function startApi(
  databaseUrl: string,
  main = MAIN,
  pooler = '',
  cpuProfile: string | null = null,
): Promise<Running> {
  return spawnServer(
    cpuProfile ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(cpuProfile), main] : [main],
    apiEnvironment(databaseUrl, pooler),
    (url, output) => waitFor(async () => (await fetch(`${url}/health`)).ok, 'The API', output),
  );
}

/** The national report reads stored facts: made once for the generated data, as the API's job does. */
function refreshFacts(databaseUrl: string): void {
  execFileSync(NODE, [MAIN, 'report-facts'], {
    cwd: WORKSPACE,
    env: { ...process.env, ...apiEnvironment(databaseUrl) },
    stdio: 'ignore',
  });
}

function startRaw(appUrl: string): Promise<Running> {
  return spawnServer(
    ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'raw-server.ts')],
    {
      TS_NODE_PROJECT: path.join(__dirname, 'tsconfig.json'),
      RAW_DATABASE_URL: appUrl,
      JWT_SECRET: DEVELOPMENT_JWT_SECRET,
    },
    (_url, output) => waitFor(async () => output().includes('ready'), 'The raw handler', output),
  );
}

/** CPU time a process has used so far (user + system, Linux), in ms. */
function cpuMs(pid: number | undefined): number {
  return cpuMsOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

function cpuMsOf(stat: string): number {
  const fields = stat.split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after "pid (comm) ".
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * CPU time each PostgreSQL server process on this machine has used so far, in ms, by process
 * (empty when none is here: a server elsewhere). What row-level security costs is spent there.
 */
function postgresCpuMs(): Map<string, number> {
  const byProcess = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.includes(' (postgres) ')) byProcess.set(pid, cpuMsOf(stat));
    } catch {
      // The process ended meanwhile.
    }
  }
  return byProcess;
}

/**
 * PostgreSQL's CPU since `before`, by the processes alive now: a connection that a pool closed
 * meanwhile was idle (that is why it was closed), and dropping it would count its whole life.
 */
function postgresCpuSince(before: Map<string, number>): number {
  const now = postgresCpuMs();
  if (now.size === 0) return NaN;
  let total = 0;
  for (const [pid, ms] of now) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Peak resident set of a process so far (Linux), in MB. */
function peakRssMb(pid: number | undefined): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

// ---------------------------------------------------------------------------------------------
// Operations

interface Operation {
  name: string;
  operationName: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Whose token: the coordinator's, the analyst's, or none. */
  who: 'coordinator' | 'analyst' | null;
  /** A list operation (the 2× target applies). */
  list: boolean;
  /** Served by raw-server.ts too. */
  raw: boolean;
}

function operations(groupId: string): Operation[] {
  return [
    {
      name: 'sign-in',
      operationName: 'Login',
      query: `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`,
      variables: { input: { email: 'coordinator@bergen.demo.link', password: DEMO_PASSWORD } },
      who: null,
      list: false,
      raw: false,
    },
    {
      name: 'today',
      operationName: 'Today',
      query: `query Today {
        inquiryDeadlines(withinHours: 24) { promise dueAt overdue displayName inquiry { id } }
        waitlistFigures { waiting longestDays medianDays }
        groupsNeedingFollowUp { weeksWithout lastFollowUpOn group { id name status } }
        groupProposals { weekday timeOfDay format municipality theme participants { id displayName } } }`,
      who: 'coordinator',
      list: false,
      raw: false,
    },
    {
      name: 'groups page (50)',
      operationName: 'GroupsPage',
      query: `query GroupsPage($limit: Int!) { groups(limit: $limit) { totalCount
        items { id name status weekday startTime memberCount } } }`,
      variables: { limit: 50 },
      who: 'coordinator',
      list: true,
      raw: true,
    },
    {
      name: 'waitlist page (50)',
      operationName: 'Waitlist',
      query: `query Waitlist { waitlist(limit: 50) { totalCount items { id displayName
        municipality waitingSince preferences { timesOfDay weekdays format theme } } } }`,
      who: 'coordinator',
      list: true,
      raw: false,
    },
    {
      name: 'group, nested',
      operationName: 'Group',
      query: `query Group($id: ID!) { group(id: $id) { id name status
        room { id name address } starters { staffMemberId displayName assignedAt }
        members { id joinedOn participant { id displayName } } } }`,
      variables: { id: groupId },
      who: 'coordinator',
      list: false,
      raw: false,
    },
    {
      name: 'overdue follow-ups',
      operationName: 'Overdue',
      query: `query Overdue { groupsNeedingFollowUp { weeksWithout lastFollowUpOn
        group { id name status memberCount } } }`,
      who: 'coordinator',
      list: true,
      raw: false,
    },
    {
      name: 'national report (year)',
      operationName: 'NationalReport',
      query: `query NationalReport { nationalReport(period: { from: "2025-01-01", to: "2025-12-31" }) {
        scope period { from to label note } suppression { threshold hiddenNumbers }
        figures { key label unit countsPeople published rows { centreId centreName value suppressed }
          breakdowns { dimension categories { key label } rows { centreId cells { value suppressed } } } } } }`,
      who: 'analyst',
      list: false,
      raw: false,
    },
    {
      name: 'public group finder',
      operationName: 'PublicGroups',
      query: `query PublicGroups($centre: String!) { publicGroups(centre: $centre) {
        kind weekday timeOfDay municipality startTime address recruiting } }`,
      variables: { centre: 'bergen' },
      who: null,
      list: true,
      raw: true,
    },
  ];
}

interface Tokens {
  coordinator: string;
  analyst: string;
}

async function signIn(url: string, email: string): Promise<string> {
  const json = (await post(url, {
    query: `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
    variables: { input: { email, password: DEMO_PASSWORD } },
  })) as { data?: { login: { accessToken: string } } };
  if (!json.data) throw new Error(`Sign-in failed: ${JSON.stringify(json)}`);
  return json.data.login.accessToken;
}

async function post(url: string, body: unknown, token?: string): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { errors?: unknown };
  if (res.status !== 200 || json.errors) {
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(json).slice(0, 500)}`);
  }
  return json;
}

const bodyOf = (op: Operation) =>
  JSON.stringify({ operationName: op.operationName, query: op.query, variables: op.variables });
const tokenOf = (op: Operation, tokens: Tokens) => (op.who ? tokens[op.who] : undefined);

// ---------------------------------------------------------------------------------------------
// Load

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  /** CPU ms the server process used per request answered. */
  cpu: number;
  /** CPU ms PostgreSQL used per request answered. */
  dbCpu: number;
  /** At the fixed rate: the latest the client sent a request after it was due, ms. */
  sentLate?: number;
}

async function load(
  url: string,
  op: Operation,
  tokens: Tokens,
  options: { connections: number; seconds: number; rate?: number; pid?: number },
): Promise<Sample> {
  if (new URL(url).hostname !== HOST) throw new Error(`refusing a non-loopback URL: ${url}`);
  const token = tokenOf(op, tokens);
  const headers = {
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
  const cpuBefore = options.pid ? cpuMs(options.pid) : 0;
  const dbCpuBefore = postgresCpuMs();
  const cpuPer = (requests: number) =>
    options.pid ? (cpuMs(options.pid) - cpuBefore) / Math.max(1, requests) : NaN;
  const dbCpuPer = (requests: number) => postgresCpuSince(dbCpuBefore) / Math.max(1, requests);
  if (options.rate) {
    const result = await steadyLoad({
      url: `${url}/graphql`,
      headers,
      body: bodyOf(op),
      rate: options.rate,
      seconds: options.seconds,
      connections: options.connections,
    });
    if (result.failed > 0)
      throw new Error(`${op.name} at ${url}: ${result.failed} failed requests`);
    return {
      rps: result.requests / options.seconds,
      p50: result.p50,
      p99: result.p99,
      cpu: cpuPer(result.requests),
      dbCpu: dbCpuPer(result.requests),
      sentLate: result.sentLate,
    };
  }
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers,
    body: bodyOf(op),
    connections: options.connections,
    duration: options.seconds,
    // The load generator in a worker thread, off the harness's event loop.
    workers: 1,
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0) throw new Error(`${op.name} at ${url}: ${failed} failed requests`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: cpuPer(result.requests.total),
    dbCpu: dbCpuPer(result.requests.total),
  };
}

// ---------------------------------------------------------------------------------------------
// Row-level security on and off (the price of RLS)

/**
 * Turns row-level security off on every table of the benchmark database, and back on. This is
 * what a role with BYPASSRLS gets, without changing the server's shared roles (other databases
 * on the same server use them); the API's queries are the same either way.
 */
async function rlsSwitch(url: string) {
  const { rows } = await withAdmin(url, (c) =>
    c.query<{ name: string; force: boolean }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name, c.relforcerowsecurity AS force
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relrowsecurity AND c.relkind IN ('r', 'p')`,
    ),
  );
  let isOn = true;
  // ALTER TABLE waits for every transaction on the table: only when the state changes.
  const apply = async (on: boolean) => {
    if (on === isOn) return;
    await withAdmin(url, async (c) => {
      await c.query('BEGIN');
      for (const t of rows) {
        if (on) {
          await c.query(`ALTER TABLE ${t.name} ENABLE ROW LEVEL SECURITY`);
          if (t.force) await c.query(`ALTER TABLE ${t.name} FORCE ROW LEVEL SECURITY`);
        } else {
          await c.query(`ALTER TABLE ${t.name} NO FORCE ROW LEVEL SECURITY`);
          await c.query(`ALTER TABLE ${t.name} DISABLE ROW LEVEL SECURITY`);
        }
      }
      await c.query('COMMIT');
    });
    isOn = on;
  };
  return { tables: rows.length, on: () => apply(true), off: () => apply(false) };
}

// ---------------------------------------------------------------------------------------------
// Main

type Target = 'api' | 'api-norls' | 'raw' | 'baseline';

interface Row {
  op: Operation;
  statements: number | null;
  saturation: Partial<Record<Target, number[]>>;
  cpu: Partial<Record<Target, number[]>>;
  dbCpu: Partial<Record<Target, number[]>>;
  fixed: Partial<Record<Target, Sample[]>>;
  sameWithoutRls: boolean | null;
  sameRaw: boolean | null;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  NODE = serverNode(options.node);
  const adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl)
    throw new Error('Set DATABASE_URL to a superuser URL (e.g. the machine PostgreSQL).');
  const passwords = await testRolePasswords(adminUrl);
  Object.assign(process.env, {
    DATABASE_OWNER_PASSWORD: passwords.owner,
    DATABASE_APP_PASSWORD: passwords.app,
    DATABASE_REPORTING_PASSWORD: passwords.reporting,
  });
  const started = Date.now();
  const url = await ensureData(adminUrl, options);
  const appUrl = (() => {
    const u = new URL(url);
    u.username = 'link_app';
    u.password = passwords.app;
    return u.toString();
  })();
  const { rows: picked } = await withAdmin(url, (c) =>
    c.query<{ id: string }>(
      `SELECT g.id FROM groups g JOIN centres c ON c.id = g.tenant_id AND c.slug = 'bergen'
        WHERE g.room_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM group_starters s WHERE s.tenant_id = g.tenant_id AND s.group_id = g.id)
        ORDER BY (SELECT count(*) FROM group_members m WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id) DESC
        LIMIT 1`,
    ),
  );
  const ops = operations(picked[0].id).filter(
    (op) => options.ops.length === 0 || options.ops.some((name) => op.name.includes(name)),
  );
  const rows: Row[] = ops.map((op) => ({
    op,
    statements: null,
    saturation: {},
    cpu: {},
    dbCpu: {},
    fixed: {},
    sameWithoutRls: null,
    sameRaw: null,
  }));

  // 1. Statements per request: the API through a counting proxy (not timed).
  {
    const proxy = await startCountingProxy(adminUrl);
    const api = await startApi(proxy.url(url));
    try {
      const tokens = {
        coordinator: await signIn(api.url, 'coordinator@bergen.demo.link'),
        analyst: await signIn(api.url, 'analyst@national.demo.link'),
      };
      for (const row of rows) {
        const body = JSON.parse(bodyOf(row.op));
        await post(api.url, body, tokenOf(row.op, tokens));
        const before = proxy.statements;
        await post(api.url, body, tokenOf(row.op, tokens));
        row.statements = proxy.statements - before;
      }
    } finally {
      await api.stop();
      await proxy.close();
    }
  }

  // 2. Load: the API (with and without RLS) and the raw handler, alternating.
  const rls = await rlsSwitch(url);
  const api = await startApi(url, MAIN, options.pooler, options.cpuProfile);
  const raw = await startRaw(appUrl);
  const baseline = options.baseline
    ? await startApi(url, path.resolve(options.baseline), options.pooler)
    : null;
  let rss = 0;
  let baselineRss = 0;
  try {
    const tokens: Tokens = {
      coordinator: await signIn(api.url, 'coordinator@bergen.demo.link'),
      analyst: await signIn(api.url, 'analyst@national.demo.link'),
    };
    // Correctness: the raw handler serves the same JSON; without RLS the API answers the same.
    const answers = new Map<string, unknown>();
    for (const row of rows) {
      const body = JSON.parse(bodyOf(row.op));
      answers.set(row.op.name, await post(api.url, body, tokenOf(row.op, tokens)));
      if (row.op.raw) {
        const rawAnswer = await post(raw.url, body, tokenOf(row.op, tokens));
        row.sameRaw = isDeepStrictEqual(rawAnswer, answers.get(row.op.name));
        if (!row.sameRaw) showDifference(row.op.name, answers.get(row.op.name), rawAnswer);
      }
    }
    if (!options.skipNoRls) await rls.off();
    try {
      for (const row of options.skipNoRls ? [] : rows) {
        if (row.op.name === 'sign-in') continue;
        const body = JSON.parse(bodyOf(row.op));
        const answer = await post(api.url, body, tokenOf(row.op, tokens));
        row.sameWithoutRls = isDeepStrictEqual(answer, answers.get(row.op.name));
        if (!row.sameWithoutRls) showDifference(row.op.name, answers.get(row.op.name), answer);
      }
    } finally {
      await rls.on();
    }

    const run = async (target: Target, row: Row, rate?: number) => {
      const server = target === 'raw' ? raw : target === 'baseline' ? baseline! : api;
      const capacity = row.saturation[target]?.at(-1) ?? Infinity;
      if (rate && capacity < rate * FIXED_RATE_HEADROOM) {
        log(
          `  ${row.op.name.padEnd(24)} ${target.padEnd(10)} @${rate}/s skipped: ${capacity.toFixed(0)} req/s at most`,
        );
        return;
      }
      const sample = await load(server.url, row.op, tokens, {
        connections: rate ? 10 : options.connections,
        // Twice as long at the fixed rate, so that its p99 is read from 600 answers, not 300.
        seconds: rate ? options.seconds * 2 : options.seconds,
        rate,
        pid: server.child.pid,
      });
      // Load tools count HTTP statuses; a GraphQL error (an expired token, a limit) is a 200.
      await post(server.url, JSON.parse(bodyOf(row.op)), tokenOf(row.op, tokens));
      if (rate) (row.fixed[target] ??= []).push(sample);
      else {
        (row.saturation[target] ??= []).push(sample.rps);
        (row.cpu[target] ??= []).push(sample.cpu);
        (row.dbCpu[target] ??= []).push(sample.dbCpu);
      }
      log(
        `  ${row.op.name.padEnd(24)} ${target.padEnd(10)} ${rate ? `@${rate}/s` : 'sat.'.padEnd(6)}` +
          ` ${sample.rps.toFixed(0).padStart(6)} req/s  p50 ${sample.p50} ms  p99 ${sample.p99} ms` +
          `  ${sample.cpu.toFixed(2)} CPU ms/req  DB ${sample.dbCpu.toFixed(2)}` +
          (sample.sentLate === undefined ? '' : `  (sent up to ${sample.sentLate} ms late)`),
      );
    };
    for (let round = 0; round < options.rounds; round++) {
      // RLS on first in even rounds, off first in odd ones: drift hits both alike.
      const phases: boolean[] = options.skipNoRls
        ? [true]
        : round % 2 === 0
          ? [true, false]
          : [false, true];
      log(`round ${round + 1}/${options.rounds}`);
      for (const on of phases) {
        if (on) await rls.on();
        else await rls.off();
        try {
          for (const row of rows) {
            // Warm-up, not counted.
            await load(api.url, row.op, tokens, { connections: 10, seconds: 1 });
            if (on) {
              const targets: Target[] = ['api', 'raw', 'baseline'].filter(
                (t) => (t !== 'raw' || row.op.raw) && (t !== 'baseline' || baseline),
              ) as Target[];
              const order = round % 2 === 0 ? targets : [...targets].reverse();
              for (const target of order) await run(target, row);
              for (const target of order) await run(target, row, options.rate);
            } else {
              await run('api-norls', row);
              await run('api-norls', row, options.rate);
            }
          }
        } finally {
          await rls.on();
        }
      }
    }
    rss = peakRssMb(api.child.pid);
    if (baseline) baselineRss = peakRssMb(baseline.child.pid);
  } finally {
    await baseline?.stop();
    await api.stop();
    await raw.stop();
    await rls.on();
  }

  // 3. The table.
  const table = formatTable(rows, rss, options, baselineRss);
  log(`\n${table}`);

  // 4. The other parts.
  const parts: string[] = [];
  for (const [name, skip] of [
    ['bench:matching', options.skipMatching],
    ['bench:reporting', options.skipReporting],
  ] as const) {
    if (skip) continue;
    log(`\n$ npm run ${name}`);
    const output = execFileSync('npm', ['run', '--silent', name], {
      cwd: WORKSPACE,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    });
    log(output);
    parts.push(`### \`npm run ${name}\`\n\n\`\`\`\n${output.trim()}\n\`\`\`\n`);
  }

  const machine = await machineDetails(adminUrl);
  log(`\n${machine}\nWhole run: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (options.write) {
    writeBenchmarksMd(table, machine, parts, options, rls.tables);
    log('Wrote docs/benchmarks.md');
  }
}

function showDifference(name: string, expected: unknown, actual: unknown) {
  const a = JSON.stringify(expected);
  const b = JSON.stringify(actual);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  log(
    `  ${name}: answers differ at ${i}: …${a.slice(i - 80, i + 80)}… vs …${b.slice(i - 80, i + 80)}…`,
  );
}

/** p50 / p99 at the fixed rate: the medians over the rounds. */
function lat(samples?: Sample[]): string {
  if (!samples?.length) return '—';
  const p50 = median(samples.map((s) => s.p50));
  const p99 = median(samples.map((s) => s.p99));
  return `${p50.toFixed(1)} / ${p99.toFixed(1)} ms`;
}

function formatTable(rows: Row[], rss: number, options: Options, baselineRss: number): string {
  const head =
    '| operation | stmts/req | API req/s | raw req/s | API/raw | API no-RLS req/s | RLS cost | ' +
    'DB CPU ms/req RLS on / off | RLS cost in DB CPU | ' +
    'API CPU ms/req | raw CPU ms/req | API/raw CPU | ' +
    `API p50 / p99 @${options.rate}/s | raw p50 / p99 | no-RLS p50 / p99 | same JSON |`;
  const lines = [head, `|${'---|'.repeat(16)}`];
  for (const row of rows) {
    const api = row.saturation.api ? median(row.saturation.api) : NaN;
    const raw = row.saturation.raw ? median(row.saturation.raw) : NaN;
    const norls = row.saturation['api-norls'] ? median(row.saturation['api-norls']) : NaN;
    const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '—');
    const apiCpu = median(row.cpu.api ?? [NaN]);
    const rawCpu = median(row.cpu.raw ?? [NaN]);
    const dbOn = median(row.dbCpu.api ?? [NaN]);
    const dbOff = median(row.dbCpu['api-norls'] ?? [NaN]);
    const c = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
    const same = [
      row.sameRaw === null ? '' : `raw ${row.sameRaw ? 'yes' : 'NO'}`,
      row.sameWithoutRls === null ? '' : `no-RLS ${row.sameWithoutRls ? 'yes' : 'NO'}`,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `| ${row.op.name}${row.op.list ? ' (list)' : ''} | ${row.statements ?? '—'} | ${f(api)} | ${f(raw)} | ` +
        `${Number.isFinite(raw) ? `${(raw / api).toFixed(2)}×` : '—'} | ${f(norls)} | ` +
        `${Number.isFinite(norls) ? `${((norls / api - 1) * 100).toFixed(0)} %` : '—'} | ` +
        `${c(dbOn)} / ${c(dbOff)} | ` +
        `${Number.isFinite(dbOn / dbOff) ? `${((dbOn / dbOff - 1) * 100).toFixed(0)} %` : '—'} | ` +
        `${c(apiCpu)} | ${c(rawCpu)} | ${Number.isFinite(rawCpu) ? `${(apiCpu / rawCpu).toFixed(2)}×` : '—'} | ` +
        `${lat(row.fixed.api)} | ${lat(row.fixed.raw)} | ${lat(row.fixed['api-norls'])} | ${same} |`,
    );
  }
  lines.push(
    '',
    `API peak RSS: ${rss.toFixed(0)} MB. Saturation: ${options.connections} connections, median of ` +
      `${options.rounds} alternating run(s) of ${options.seconds} s; fixed rate: ${options.rate} req/s ` +
      `(one request every ${(1000 / options.rate).toFixed(1)} ms, up to 10 connections) for ${options.seconds * 2} s ` +
      "in each round, the medians of the rounds' p50 and p99 (— where the server serves less than " +
      `${FIXED_RATE_HEADROOM} × that rate at saturation: an open loop would only measure a growing queue). ` +
      "API/raw: how many times the raw handler's " +
      'throughput; RLS cost: how much more the API serves with row-level security off.',
  );
  if (options.baseline) {
    lines.push('', `Baseline ${options.baseline} (peak RSS ${baselineRss.toFixed(0)} MB):`, '');
    lines.push(
      '| operation | API req/s | baseline req/s | API/baseline | API CPU ms/req | baseline CPU ms/req | API p50 / p99 | baseline p50 / p99 |',
    );
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const row of rows) {
      const api = median(row.saturation.api ?? [NaN]);
      const base = median(row.saturation.baseline ?? [NaN]);
      lines.push(
        `| ${row.op.name} | ${api.toFixed(0)} | ${base.toFixed(0)} | ${(api / base).toFixed(2)}× | ` +
          `${median(row.cpu.api ?? [NaN]).toFixed(2)} | ${median(row.cpu.baseline ?? [NaN]).toFixed(2)} | ` +
          `${lat(row.fixed.api)} | ${lat(row.fixed.baseline)} |`,
      );
    }
  }
  return lines.join('\n');
}

async function machineDetails(adminUrl: string): Promise<string> {
  const pg = await withAdmin(adminUrl, (c) => c.query<{ v: string }>(`SELECT version() AS v`));
  const cpus = os.cpus();
  return (
    `Machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, load average ${os.loadavg()[0].toFixed(2)} at the end; ` +
    `servers on node ${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}; ` +
    `${pg.rows[0].v.split(' on ')[0]}; ${new Date().toISOString()}`
  );
}

function writeBenchmarksMd(
  table: string,
  machine: string,
  parts: string[],
  options: Options,
  tables: number,
) {
  const file = path.join(WORKSPACE, 'docs/benchmarks.md');
  const text = `# Benchmarks

Generated by \`npm run bench\` (tools/bench/api/bench.ts); rerun it to replace this file.

## How to read it

- **The API** is the built API (\`dist/apps/api/main.js\`) on generated data: the demo centres,
  each grown to ${options.participants} participants and ${options.groups} groups. Driven over
  loopback one operation at a time: at saturation by autocannon (in a worker thread), at the
  fixed rate by tools/bench/api/steady-load.ts.
- **raw** is tools/bench/api/raw-server.ts: \`node:http\` + \`pg\`, the same JSON for the
  operations it serves, under the same row-level security (a transaction, \`set_config\` of the
  centre and user, the runtime role, the JWT verified and the actor checked in the database).
  **API/raw** is the raw handler's throughput over the API's; the target is ≤ 2× on list operations.
- **no-RLS** is the same API with row-level security turned off on all ${tables} tables of the
  benchmark database (what a BYPASSRLS role gets; the server's roles are shared with other
  databases, so the benchmark does not change them). **RLS cost** is how much more the API
  serves without it; the target is ≤ 10 %. "same JSON" says the answers did not change. The
  national report's "NO" is expected: the report functions count each centre's stored facts
  under that centre's setting and rely on row-level security to keep the others out, so with it
  off every centre counts all of them; that row does not price RLS.
- **DB CPU ms/req** is the CPU time all PostgreSQL processes on the machine used per request
  answered during the saturation runs, with RLS on and off; **RLS cost in DB CPU** is how much
  more PostgreSQL spends with it on. This is where the policies' work is done, and it is steadier
  than req/s: throughput with RLS on and off is measured in different phases of the run, and the
  API's own CPU per request (which RLS cannot change) has moved ±30 % between such phases.
- **CPU ms/req** is the CPU time the server process (API or raw handler; not PostgreSQL) used
  per request answered during the saturation runs: on a shared machine it moves much less than
  req/s, because waiting for a core does not count.
- **stmts/req** is the SQL statements one request sends (counted by a proxy, once, not timed):
  a fixed overhead (transaction, settings, actor check, commit) plus the operation's queries.
- **Saturation** is ${options.connections} connections as fast as the server answers, the
  median of ${options.rounds} runs that alternate the order of the targets; **p50 / p99** are at
  a fixed ${options.rate} req/s (target: p99 < 50 ms): one request every ${(1000 / options.rate).toFixed(1)} ms, sent on
  time whether or not the earlier ones have been answered, each timed from when it was due, for
  ${options.seconds * 2} s in each round; the table gives the medians of the rounds' p50 and p99. A p99 is the
  latency only 1 % of requests exceed: one pause of the process (a full garbage collection) or of
  the machine that delays a few consecutive requests is enough to set it.${
    options.pooler
      ? `
- The API's runtime role went through the PgBouncer at ${options.pooler} (transaction mode).`
      : ''
  }
- The machine is shared: other work may have run at the same time. Compare the ratios within a
  run, not the absolute numbers across runs.

## Run

${machine}

${table}

${parts.join('\n')}`;
  writeFileSync(file, text);
  execFileSync('npx', ['prettier', '--write', file], { cwd: WORKSPACE, stdio: 'ignore' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
