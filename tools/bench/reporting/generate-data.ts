/**
 * Data for the reporting benchmark: ten centres over five years (2021-01-01 .. 2025-12-31),
 * generated inside PostgreSQL with set-based SQL (`INSERT ... SELECT ... FROM generate_series`),
 * so a few million rows take about a minute instead of hours of round trips from Node.
 *
 * Run from the repo root:
 *   npm run bench:reporting:data              # generate (or reuse) and print the row counts
 *   npm run bench:reporting:data -- --force   # drop the database and generate it again
 *
 * With DATABASE_URL (a superuser URL) the data goes to that server; without it an embedded
 * PostgreSQL keeps its data in .data/bench-postgres, so the dataset survives between runs.
 * The database is `link_bench_reporting`; `bench_meta` records which GENERATOR_VERSION made it.
 *
 * Determinism: `setseed()` comes first, and every `random()` is drawn from rows in a fixed order
 * (see `draws`), with parallel query off, so the same version generates the same data on every
 * run. Only the ids differ: they come from `gen_random_uuid()`, and nothing is ordered by them.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

import { hash } from '@node-rs/argon2';
import { type Client } from 'pg';

import {
  prepareDatabase,
  startEmbeddedPostgres,
  withClient,
  withDatabase,
} from '@link/platform/database';
import { freePort, testRolePasswords } from '@link/shared/testing';

/** Bump whenever the generated data changes: a database made by another version is remade. */
export const GENERATOR_VERSION = 1;
export const BENCH_DATABASE = 'link_bench_reporting';
/** Every generated user (staff, starters, the national analyst) signs in with this. */
export const BENCH_PASSWORD = 'LinkBench2026!';
export const BENCH_ANALYST_EMAIL = 'analyst@selvhjelp-norge.bench.link';

const WORKSPACE = resolve(__dirname, '../../..');
const EMBEDDED_DATA_DIR =
  process.env['BENCH_DATA_DIR'] ?? resolve(WORKSPACE, '.data/bench-postgres');

// ---------------------------------------------------------------------------------------------
// Sizes. People, groups, staff and records are shared out by centre weight.

const SEED = 0.2026;
const FIRST_DAY = `DATE '2021-01-01'`;
const LAST_DAY = `DATE '2025-12-31'`;
/** First instant after the data: nothing has happened at or after it. */
const END = `TIMESTAMPTZ '2026-01-01 00:00:00 Europe/Oslo'`;
/** 2021-01-01 .. 2025-12-31 (2024 is a leap year). */
const DAYS = 1826;

const PARTICIPANTS = 120_000;
const ANONYMOUS_RECORDS = 10_000;
const CLOSED_GROUPS = 6_000;
/**
 * Open groups are over-represented (about 73 % of groups): only their meetings are recorded, as
 * head counts, and two million meetings need that many weekly groups running for years.
 */
const OPEN_GROUPS = 16_000;

/** What the benchmark was promised; generation fails when the data falls short. */
const MINIMUM_ROWS: Record<string, number> = {
  participants: 100_000,
  groups: 10_000,
  open_group_meetings: 2_000_000,
  anonymous_inquiry_records: 9_000,
};

interface CentreSpec {
  slug: string;
  name: string;
  /** Relative size: the largest centre is five times the smallest. */
  weight: number;
  municipalities: string[];
}

const CENTRES: CentreSpec[] = [
  {
    slug: 'oslo',
    name: 'LINK Oslo',
    weight: 20,
    municipalities: [
      'Oslo',
      'Bærum',
      'Asker',
      'Lillestrøm',
      'Nordre Follo',
      'Lørenskog',
      'Nittedal',
    ],
  },
  {
    slug: 'bergen-og-omegn',
    name: 'LINK Bergen og omegn',
    weight: 16,
    municipalities: ['Bergen', 'Askøy', 'Øygarden', 'Alver', 'Bjørnafjorden', 'Osterøy'],
  },
  {
    slug: 'trondheim',
    name: 'LINK Trondheim',
    weight: 13,
    municipalities: ['Trondheim', 'Malvik', 'Melhus', 'Skaun', 'Stjørdal'],
  },
  {
    slug: 'stavanger-sandnes',
    name: 'LINK Stavanger og Sandnes',
    weight: 11,
    municipalities: [
      'Stavanger',
      'Sandnes',
      'Sola',
      'Randaberg',
      'Klepp',
      'Time',
      'Gjesdal',
      'Strand',
    ],
  },
  {
    slug: 'kristiansand',
    name: 'LINK Kristiansand',
    weight: 9,
    municipalities: ['Kristiansand', 'Vennesla', 'Lillesand', 'Birkenes'],
  },
  {
    slug: 'drammen',
    name: 'LINK Drammen',
    weight: 8,
    municipalities: ['Drammen', 'Lier', 'Øvre Eiker', 'Modum'],
  },
  {
    slug: 'tromso',
    name: 'LINK Tromsø',
    weight: 7,
    municipalities: ['Tromsø', 'Balsfjord', 'Karlsøy'],
  },
  {
    slug: 'innlandet',
    name: 'LINK Innlandet',
    weight: 6,
    municipalities: ['Hamar', 'Ringsaker', 'Løten', 'Stange', 'Elverum'],
  },
  {
    slug: 'bodo',
    name: 'LINK Bodø',
    weight: 5,
    municipalities: ['Bodø', 'Fauske', 'Saltdal', 'Gildeskål'],
  },
  {
    slug: 'alesund',
    name: 'LINK Ålesund',
    weight: 4,
    municipalities: ['Ålesund', 'Giske', 'Sula', 'Ørsta', 'Volda'],
  },
];

/** Where people live who contact a centre outside their own area (in no centre's list). */
const OTHER_MUNICIPALITIES = [
  'Fredrikstad',
  'Sarpsborg',
  'Skien',
  'Moss',
  'Haugesund',
  'Arendal',
  'Porsgrunn',
  'Larvik',
  'Tønsberg',
  'Halden',
  'Harstad',
  'Molde',
  'Gjøvik',
  'Lillehammer',
  'Kongsberg',
  'Narvik',
];

const FIRST_NAMES = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Fatima',
  'Ahmed',
  'Siri',
  'Jonas',
  'Maja',
  'Ali',
  'Anne',
  'Per',
  'Leila',
  'Knut',
  'Trude',
  'Mohammed',
  'Hilde',
  'Espen',
  'Nora',
  'Said',
  'Randi',
  'Tor',
  'Amina',
  'Henrik',
];
const LAST_NAMES = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Berg',
  'Haugen',
  'Hagen',
  'Eriksen',
  'Bakken',
  'Ali',
  'Ahmadi',
  'Solberg',
];
const THEMES = [
  'sorg',
  'angst',
  'samlivsbrudd',
  'ensomhet',
  'kronisk sykdom',
  'pårørende',
  'utbrenthet',
  'depresjon',
];
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const WEEKDAYS_NB = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** A few partners per centre, of different kinds; `{by}` is the centre's main municipality. */
const PARTNERS: [name: string, kind: string, lendsRooms: boolean][] = [
  ['NAV {by}', 'NAV', false],
  ['{by} kommune, psykisk helse og rus', 'MUNICIPALITY', true],
  ['DPS {by}', 'DPS', false],
  ['{by} legesenter', 'GP_OFFICE', false],
  ['Frivilligsentralen i {by}', 'VOLUNTEER_CENTRE', true],
  ['Mental Helse {by}', 'USER_ORGANISATION', true],
  ['Røde Kors {by}', 'RED_CROSS', true],
  ['{by} bibliotek', 'OTHER', true],
];
/** Services people are referred to, one of each kind the reporting counts referrals by. */
const SERVICES: [name: string, kind: string, description: string][] = [
  ['Psykisk helse og rus i kommunen', 'MUNICIPAL_MENTAL_HEALTH', 'Kommunens lavterskeltilbud.'],
  ['Fastlegen', 'GP', 'Henvisning til spesialisthelsetjenesten.'],
  ['DPS poliklinikk', 'SPECIALIST_MENTAL_HEALTH', 'Distriktspsykiatrisk senter.'],
  ['NAV-kontoret', 'NAV', 'Arbeid, ytelser og oppfølging.'],
  ['Krisesenteret', 'VIOLENCE_SUPPORT', 'Råd og trygt bosted ved vold i nære relasjoner.'],
  ['Familievernkontoret', 'FAMILY_COUNSELLING', 'Samliv, samlivsbrudd og foreldresamarbeid.'],
  ['Kirkens SOS', 'CRISIS_LINE', 'Døgnåpen krisetelefon og chat.'],
  ['Landsforeningen for pårørende innen psykisk helse', 'USER_ORGANISATION', 'Råd til pårørende.'],
  ['Pårørendesenteret', 'OTHER', 'Samtaler for pårørende.'],
];
const EXTERNAL_ORGANISATIONS = [
  'Mental Helse',
  'Røde Kors',
  'LHL',
  'Kirkens Bymisjon',
  'Frivilligsentralen',
  'Kreftforeningen',
  'ADHD Norge',
];

// Shares of categorical values, as [value, weight]; `null` is a legitimate value of the column.
const CHANNELS: [string, number][] = [
  ['PHONE', 34],
  ['EMAIL', 18],
  ['WEB_FORM', 24],
  ['IN_PERSON', 6],
  ['PARTNER_REFERRAL', 10],
  ['OTHER', 8],
];
const HEARD_VIA: [string | null, number][] = [
  ['NAV', 12],
  ['DPS', 8],
  ['GP', 15],
  ['MUNICIPALITY', 7],
  ['VOLUNTEER_CENTRE', 4],
  ['USER_ORGANISATION', 5],
  ['FRIEND_OR_FAMILY', 18],
  ['SOCIAL_MEDIA', 15],
  ['NEWSPAPER', 4],
  ['SCHOOL_OR_UNIVERSITY', 3],
  ['STAND_OR_TALK', 4],
  ['OTHER', 3],
  [null, 2],
];
const GENDERS: [string | null, number][] = [
  ['FEMALE', 58],
  ['MALE', 32],
  ['OTHER', 2],
  ['UNSPECIFIED', 5],
  [null, 3],
];
/** The outcome of a person's latest inquiry, once closed. */
const OUTCOMES: [string, number][] = [
  ['JOINED_WAITLIST', 58],
  ['REFERRED_ELSEWHERE', 11],
  ['NOT_NOW', 19],
  ['NO_ANSWER', 12],
];

// ---------------------------------------------------------------------------------------------
// SQL helpers.

const literal = (value: string | null): string =>
  value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`;
const textArray = (values: string[]): string => `ARRAY[${values.map(literal).join(', ')}]::text[]`;

/** One of `values`, evenly, for a uniform draw in [0, 1). */
const oneOf = (draw: string, values: string[]): string =>
  `(${textArray(values)})[1 + floor(${draw} * ${values.length})::int]`;

/** A CASE turning a uniform draw in [0, 1) into a value with the given relative weights. */
function weighted(draw: string, choices: [string | null, number][]): string {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const branches = choices.slice(0, -1).map(([value, weight]) => {
    cumulative += weight;
    return `WHEN ${draw} < ${(cumulative / total).toFixed(6)} THEN ${literal(value)}`;
  });
  return `(CASE ${branches.join(' ')} ELSE ${literal(choices[choices.length - 1][0])} END)`;
}

/**
 * `source` sorted, then one `random()` per name for each row. The sort comes first and the
 * draws sit above it, so a different join plan cannot reorder the draws; a subquery with
 * volatile output is never flattened, so each draw is made once. Join the result only through
 * a temp table or a `MATERIALIZED` CTE: the inner side of a nested loop would be drawn again.
 */
function draws(source: string, orderBy: string, names: string[]): string {
  const randoms = names.map((name) => `random() AS ${name}`).join(', ');
  return `(SELECT o.*, ${randoms} FROM (${source} ORDER BY ${orderBy}) o)`;
}

/** The centre's own municipalities, the main one (listed first) most often. */
const homeMunicipality = (draw: string): string =>
  `municipalities[1 + floor(power(${draw}, 2) * n_mun)::int]`;

/** Centres grow: a day bent towards later years (about 1.3 times as many in 2025 as in 2021). */
const growingDay = (draw: string): string => `floor(power(${draw}, 0.9) * ${DAYS})::int`;

// ---------------------------------------------------------------------------------------------
// The database.

export interface BenchmarkDatabase {
  /** Superuser on `link_bench_reporting`: bypasses row-level security. */
  adminUrl: string;
  /** The owner role (migrations). */
  ownerUrl: string;
  /** The runtime role the API connects as, bound by row-level security. */
  appUrl: string;
  /** The role national figures log in as: it may execute the report functions only. */
  reportingUrl: string;
  /** Stops the embedded server, if one was started; otherwise does nothing. */
  stop: () => Promise<void>;
}

export interface EnsureOptions {
  /** Drop the database and generate it again even when it is current. */
  force?: boolean;
  log?: (message: string) => void;
}

/**
 * The benchmark database, migrated and filled: generated on first use, reused while
 * `bench_meta` says it was made by this GENERATOR_VERSION, remade from scratch otherwise.
 * Migrations always run, so the schema is current even when the data is reused.
 */
export async function ensureBenchmarkDatabase(
  options: EnsureOptions = {},
): Promise<BenchmarkDatabase> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const server = await openServer(log);
  try {
    const adminUrl = withDatabase(server.url, BENCH_DATABASE);
    const existing = await existingDataset(server.url);
    const generate = options.force === true || existing.version !== GENERATOR_VERSION;
    if (generate && existing.exists) {
      log(
        existing.version === null
          ? `${BENCH_DATABASE} holds no complete dataset: dropping it.`
          : `${BENCH_DATABASE} was generated by version ${existing.version}: dropping it.`,
      );
      await withClient(withDatabase(server.url, 'postgres'), (client) =>
        client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`),
      );
    }
    // The roles are server-wide: the test runs' passwords, so a shared server's stay as they are.
    const urls = await prepareDatabase(adminUrl, await testRolePasswords(server.url));
    if (generate) {
      await generateDataset(adminUrl, log);
    } else {
      log(`${BENCH_DATABASE} already holds the version ${GENERATOR_VERSION} dataset: reusing it.`);
    }
    return {
      adminUrl,
      ownerUrl: urls.owner,
      appUrl: urls.app,
      reportingUrl: urls.reporting,
      stop: server.stop,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function openServer(
  log: (message: string) => void,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = process.env['DATABASE_URL'];
  if (url) return { url, stop: async () => undefined };
  log(`DATABASE_URL is not set: starting embedded PostgreSQL (data in ${EMBEDDED_DATA_DIR}).`);
  const server = await startEmbeddedPostgres({
    dataDir: EMBEDDED_DATA_DIR,
    port: await freePort(),
    persistent: true,
    // Benchmark data can always be generated again: no fsync makes generation much faster.
    fast: true,
  });
  return { url: server.adminUrl, stop: server.stop };
}

async function existingDataset(
  serverUrl: string,
): Promise<{ exists: boolean; version: number | null }> {
  const exists = await withClient(withDatabase(serverUrl, 'postgres'), async (client) => {
    const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [
      BENCH_DATABASE,
    ]);
    return rowCount === 1;
  });
  if (!exists) return { exists, version: null };
  return withClient(withDatabase(serverUrl, BENCH_DATABASE), async (client) => {
    const { rows } = await client.query<{ meta: string | null }>(
      `SELECT to_regclass('public.bench_meta')::text AS meta`,
    );
    if (!rows[0].meta) return { exists, version: null };
    const meta = await client.query<{ version: number }>(
      `SELECT generator_version AS version FROM bench_meta`,
    );
    return { exists, version: meta.rows[0]?.version ?? null };
  });
}

/**
 * Temp tables are never analysed automatically, and without statistics the planner joins them
 * by nested loops over thousands of rows. Plans cannot change the data: no draw is joined.
 */
async function analyze(db: Client, ...tables: string[]): Promise<void> {
  await db.query(`ANALYZE ${tables.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// Generation: staging temp tables (`b_*`) hold what later steps join on (ordinals, ids, dates),
// the platform's tables are filled from them. As the superuser, row-level security is bypassed.

async function generateDataset(adminUrl: string, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  log(`Generating the reporting benchmark dataset (version ${GENERATOR_VERSION})...`);
  const passwordHash = await hash(BENCH_PASSWORD);
  await withClient(adminUrl, async (db) => {
    const step = async (name: string, work: () => Promise<void>) => {
      const at = performance.now();
      await work();
      log(`  ${name.padEnd(34)} ${((performance.now() - at) / 1000).toFixed(1).padStart(6)} s`);
    };
    await step('session and seed', () => prepareSession(db));
    await step('centres and settings', () => generateCentres(db));
    await step('partners and services', () => generateDirectory(db));
    await step('users and memberships', () => generateStaff(db, passwordHash));
    await step('people (staging)', () => stagePeople(db));
    await step('inquiries (staging)', () => stageInquiries(db));
    await step('groups (staging)', () => stageGroups(db));
    await step('group members (staging)', () => stageMembers(db));
    await step('participants and inquiries', () => insertParticipants(db));
    await step('consents and referrals', () => insertConsentsAndReferrals(db));
    await step('groups, members, starters, events', () => insertGroups(db));
    await step('follow-ups', () => insertFollowUps(db));
    await step('open group meetings', () => insertOpenGroupMeetings(db));
    await step('anonymous inquiry records', () => insertAnonymousRecords(db));
    await step('courses and qualifications', () => generateTraining(db));
    await step('volunteers and hours', () => generateVolunteers(db));
    await step('vacuum analyze', async () => {
      await db.query('DISCARD TEMP');
      await db.query('VACUUM ANALYZE');
    });
    const counts = await rowCounts(db);
    const short = Object.entries(MINIMUM_ROWS).filter(([table, min]) => (counts[table] ?? 0) < min);
    if (short.length > 0) {
      throw new Error(
        `The generated data falls short: ${short
          .map(([table, min]) => `${table} ${counts[table]} < ${min}`)
          .join(', ')}.`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    // Written last: a run that failed half-way leaves no bench_meta, and the next run starts over.
    await db.query(`CREATE TABLE bench_meta (
        generator_version integer NOT NULL,
        generated_at timestamptz NOT NULL DEFAULT now(),
        seconds numeric NOT NULL,
        row_counts jsonb NOT NULL)`);
    await db.query(
      `INSERT INTO bench_meta (generator_version, seconds, row_counts) VALUES ($1, $2, $3)`,
      [GENERATOR_VERSION, seconds.toFixed(1), JSON.stringify(counts)],
    );
    log(`Generated in ${seconds.toFixed(1)} s.`);
  });
}

/**
 * One session does everything (temp tables live in it). No parallel workers: their rows arrive
 * in any order, and so would the draws. Oslo time, as every business rule about days.
 */
async function prepareSession(db: Client): Promise<void> {
  await db.query(`SET temp_buffers = '1GB'`);
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SET maintenance_work_mem = '512MB'`);
  await db.query(`SET synchronous_commit = off`);
  await db.query(`SET max_parallel_workers_per_gather = 0`);
  await db.query(`SET jit = off`);
  await db.query(`SET TIME ZONE 'Europe/Oslo'`);
  await db.query(`SELECT setseed($1)`, [SEED]);
}

/**
 * Ten centres and the national office (a tenant with no data of its own). `b_centre` carries
 * each centre's share of everything, and the ordinal ranges later steps number rows by.
 */
async function generateCentres(db: Client): Promise<void> {
  const spec = CENTRES.map((centre, index) => ({ no: index + 1, ...centre }));
  await db.query(
    `CREATE TEMP TABLE b_centre AS
     WITH spec AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS s(no int, slug text, name text, weight int, municipalities text[])
     ), sized AS (
       SELECT spec.*,
              cardinality(municipalities) AS n_mun,
              round(${PARTICIPANTS} * weight / total)::int AS people,
              round(${CLOSED_GROUPS} * weight / total)::int AS closed_groups,
              round(${OPEN_GROUPS} * weight / total)::int AS open_groups,
              round(${ANONYMOUS_RECORDS} * weight / total)::int AS anonymous_records,
              100 + 15 * weight AS users,
              4 + (weight + 1) / 2 AS coordinators,
              5 + no % 4 AS partners,
              5 + no % 5 AS services,
              2 + weight / 6 AS courses_per_year
         FROM spec, (SELECT sum(weight)::numeric AS total FROM spec) t
     )
     SELECT gen_random_uuid() AS id, sized.*,
            users - 2 - coordinators AS starters,
            sum(people) OVER w - people + 1 AS p_from,
            sum(people) OVER w AS p_to,
            sum(closed_groups + open_groups) OVER w - closed_groups - open_groups AS g_offset
       FROM sized
     WINDOW w AS (ORDER BY no)`,
    [JSON.stringify(spec)],
  );
  await analyze(db, 'b_centre');
  await db.query(`
    INSERT INTO centres (id, slug, name, municipalities, time_zone, kind, created_at)
    SELECT id, slug, name, municipalities, 'Europe/Oslo', 'CENTRE', TIMESTAMPTZ '2020-06-01 09:00 Europe/Oslo'
      FROM b_centre ORDER BY no`);
  await db.query(`
    INSERT INTO centres (slug, name, municipalities, time_zone, kind, created_at)
    VALUES ('selvhjelp-norge', 'Selvhjelp Norge (nasjonalt kontor)', '{Oslo}', 'Europe/Oslo',
            'NATIONAL_OFFICE', TIMESTAMPTZ '2020-06-01 09:00 Europe/Oslo')`);
  // Retention erases people inactive for this long; 72 months keeps all five years.
  await db.query(`
    INSERT INTO centre_settings (tenant_id, id, retention_months, updated_at)
    SELECT id, gen_random_uuid(), 72, TIMESTAMPTZ '2020-06-01 09:00 Europe/Oslo' FROM b_centre`);
}

/** Partners (5–8 per centre, of different kinds) and services people are referred to (5–9). */
async function generateDirectory(db: Client): Promise<void> {
  await db.query(
    `CREATE TEMP TABLE b_partner AS
     SELECT c.no AS centre_no, c.id AS tenant_id, t.k, gen_random_uuid() AS id,
            replace(t.name, '{by}', c.municipalities[1]) AS name, t.kind, t.lends_rooms
       FROM b_centre c
       JOIN jsonb_to_recordset($1::jsonb) AS t(k int, name text, kind text, lends_rooms boolean)
         ON t.k <= c.partners`,
    [
      JSON.stringify(
        PARTNERS.map(([name, kind, lends], i) => ({ k: i + 1, name, kind, lends_rooms: lends })),
      ),
    ],
  );
  await db.query(`
    INSERT INTO partners (tenant_id, id, name, kind, contact_person, contact_email, lends_rooms, created_at, updated_at)
    SELECT tenant_id, id, name, kind, 'Kontaktperson ' || k, 'kontakt' || k || '@partner.example.no',
           lends_rooms, TIMESTAMPTZ '2020-09-01 12:00 Europe/Oslo', TIMESTAMPTZ '2020-09-01 12:00 Europe/Oslo'
      FROM b_partner`);
  await db.query(
    `CREATE TEMP TABLE b_service AS
     SELECT c.no AS centre_no, c.id AS tenant_id, t.k, gen_random_uuid() AS id, t.name, t.kind, t.description
       FROM b_centre c
       JOIN jsonb_to_recordset($1::jsonb) AS t(k int, name text, kind text, description text)
         ON t.k <= c.services`,
    [
      JSON.stringify(
        SERVICES.map(([name, kind, description], i) => ({ k: i + 1, name, kind, description })),
      ),
    ],
  );
  await db.query(`
    INSERT INTO services (tenant_id, id, name, kind, description, created_at, updated_at)
    SELECT tenant_id, id, name, kind, description, TIMESTAMPTZ '2020-09-01 12:00 Europe/Oslo',
           TIMESTAMPTZ '2020-09-01 12:00 Europe/Oslo'
      FROM b_service`);
  await analyze(db, 'b_partner', 'b_service');
}

/**
 * A few hundred users per centre, each with one membership: two centre admins, a handful of
 * coordinators, and starters (volunteers who start groups and take the starter course). Plus a
 * national analyst, who has a platform role and no membership. All share BENCH_PASSWORD.
 */
async function generateStaff(db: Client, passwordHash: string): Promise<void> {
  await db.query(`
    CREATE TEMP TABLE b_user AS
    SELECT u.*, gen_random_uuid() AS user_id, gen_random_uuid() AS membership_id,
           lower(u.role) || '-' || lpad(u.role_no::text, 3, '0') || '@' || u.slug || '.bench.link' AS email,
           ${oneOf('u.r_first', FIRST_NAMES)} || ' ' || ${oneOf('u.r_last', LAST_NAMES)} AS display_name,
           -- Staff were there from the start; starters joined over the years (moved earlier
           -- later when they started a group or took a course before this date).
           CASE WHEN u.role = 'STARTER'
                THEN (${FIRST_DAY} - 120 + floor(u.r_created * 1900)::int) + time '10:00'
                ELSE (DATE '2020-08-01' + floor(u.r_created * 120)::int) + time '10:00'
           END::timestamptz AS created_at
      FROM (
        SELECT d.*,
               CASE WHEN d.k <= 2 THEN 'CENTRE_ADMIN' WHEN d.k <= 2 + d.coordinators THEN 'COORDINATOR'
                    ELSE 'STARTER' END AS role,
               CASE WHEN d.k <= 2 THEN d.k WHEN d.k <= 2 + d.coordinators THEN d.k - 2
                    ELSE d.k - 2 - d.coordinators END AS role_no
          FROM ${draws(
            `SELECT c.no AS centre_no, c.id AS tenant_id, c.slug, c.coordinators, k.k
               FROM b_centre c CROSS JOIN LATERAL generate_series(1, c.users) k(k)`,
            'c.no, k.k',
            ['r_first', 'r_last', 'r_created'],
          )} d
      ) u`);
  await db.query(
    `INSERT INTO users (id, email, display_name, password_hash, created_at, updated_at)
     SELECT user_id, email, display_name, $1, created_at, created_at FROM b_user`,
    [passwordHash],
  );
  await db.query(
    `INSERT INTO users (email, display_name, password_hash, platform_role, created_at, updated_at)
     VALUES ($1, 'Analytiker, Selvhjelp Norge', $2, 'NATIONAL_ANALYST',
             TIMESTAMPTZ '2020-08-01 10:00 Europe/Oslo', TIMESTAMPTZ '2020-08-01 10:00 Europe/Oslo')`,
    [BENCH_ANALYST_EMAIL, passwordHash],
  );
  await db.query(`
    INSERT INTO memberships (tenant_id, id, user_id, role, created_at, updated_at)
    SELECT tenant_id, membership_id, user_id, role, created_at, created_at FROM b_user`);
  await analyze(db, 'b_user');
}

/**
 * The people behind the inquiries (`b_person`): who they are and when they got in touch. About
 * 12 % come back for a second inquiry months or years later. Ages are adults' at first contact.
 */
async function stagePeople(db: Client): Promise<void> {
  await db.query(`
    CREATE TEMP TABLE b_person AS
    SELECT p.*,
           CASE WHEN p.r_target >= 0.20 THEN '{}'::text[]
                ELSE array_remove(ARRAY[
                  CASE WHEN p.r_target_1 < 0.40 THEN 'IMMIGRANT_OR_REFUGEE'
                       WHEN p.r_target_1 < 0.62 THEN 'IN_WORK_ASSESSMENT'
                       WHEN p.r_target_1 < 0.80 THEN 'EXPOSED_TO_VIOLENCE'
                       WHEN p.birth_year >= p.first_year - 29 THEN 'YOUNG_ADULT_OUTSIDE_WORK_OR_STUDY'
                       ELSE 'IN_WORK_ASSESSMENT' END,
                  CASE WHEN p.r_target_2 < 0.20 AND NOT (p.r_target_1 >= 0.62 AND p.r_target_1 < 0.80)
                       THEN 'EXPOSED_TO_VIOLENCE' END
                ], NULL) END AS target_groups
      FROM (
        SELECT d.*,
               gen_random_uuid() AS id,
               ${oneOf('d.r_name', FIRST_NAMES)} || ' ' || chr(65 + floor(d.r_initial * 26)::int) || '.' AS display_name,
               CASE WHEN d.r_age_unknown < 0.03 THEN NULL
                    -- Roughly normal around 1976 (1945–2007), and 18 or older at first contact.
                    ELSE least(1945 + floor((d.r_born_1 + d.r_born_2) / 2 * 63)::int, d.first_year - 18)
               END AS birth_year,
               ${weighted('d.r_gender', GENDERS)} AS gender,
               CASE WHEN d.r_home < 0.03 THEN NULL
                    WHEN d.r_home < 0.10 THEN ${oneOf('d.r_home_pick', OTHER_MUNICIPALITIES)}
                    ELSE ${homeMunicipality('d.r_home_pick')} END AS municipality,
               CASE WHEN d.r_return < 0.12 AND d.first_day < ${DAYS - 120}
                    THEN d.first_day + 60 + floor(d.r_gap * (${DAYS - 61} - d.first_day))::int
               END AS second_day,
               ${weighted('d.r_format', [
                 ['PHYSICAL', 50],
                 ['DIGITAL', 12],
                 ['EITHER', 30],
                 [null, 8],
               ])} AS preferred_format,
               ${weighted('d.r_composition', [
                 ['MIXED', 35],
                 ['THEMED', 20],
                 ['EITHER', 35],
                 [null, 10],
               ])} AS preferred_composition
          FROM (
            SELECT r.*, ${growingDay('r.r_day')} AS first_day,
                   extract(year FROM ${FIRST_DAY} + ${growingDay('r.r_day')})::int AS first_year
              FROM ${draws(
                `SELECT n.n, c.no AS centre_no, c.id AS tenant_id, c.municipalities, c.n_mun
                   FROM b_centre c CROSS JOIN LATERAL generate_series(c.p_from, c.p_to) n(n)`,
                'n.n',
                [
                  'r_name',
                  'r_initial',
                  'r_day',
                  'r_return',
                  'r_gap',
                  'r_age_unknown',
                  'r_born_1',
                  'r_born_2',
                  'r_gender',
                  'r_home',
                  'r_home_pick',
                  'r_target',
                  'r_target_1',
                  'r_target_2',
                  'r_format',
                  'r_composition',
                  'r_keep_data',
                  'r_surveys',
                ],
              )} r
          ) d
      ) p`);
  await db.query(`CREATE UNIQUE INDEX ON b_person (n)`);
  await analyze(db, 'b_person');
}

/**
 * One inquiry per person, two for those who came back (`b_inquiry`). The promise is an answer
 * within a day and a conversation within a week: about 90 % get the answer in time and 75 %
 * the conversation. Old inquiries are nearly all closed; many from the last weeks are open.
 * Nothing happens at or after END: what would is left undone (NULL), as the data stood then.
 */
async function stageInquiries(db: Client): Promise<void> {
  await db.query(`
    CREATE TEMP TABLE b_inquiry AS
    SELECT n, seq, latest, centre_no, tenant_id, participant_id, partner_k, r_place,
           source, channel, heard_via, received_at, answer_due_at, conversation_due_at,
           CASE WHEN first_answer_at < ${END} THEN first_answer_at END AS first_answer_at,
           CASE WHEN held_at < ${END} AND r_booked < 0.7 THEN held_at END AS conversation_booked_for,
           CASE WHEN held_at < ${END} THEN held_at END AS conversation_held_at,
           CASE WHEN closed_at < ${END} THEN outcome END AS outcome,
           CASE WHEN closed_at < ${END} THEN closed_at END AS closed_at
      FROM (
        SELECT t.*,
               CASE WHEN t.outcome IS NOT NULL THEN coalesce(
                 t.held_at + t.r_close * interval '2 days',
                 coalesce(t.first_answer_at, t.received_at) + interval '2 days' + t.r_close * interval '26 days')
               END AS closed_at
          FROM (
            SELECT s.*,
                   CASE WHEN s.outcome = 'NO_ANSWER' THEN NULL
                        WHEN s.r_conversation < 0.86 THEN coalesce(s.first_answer_at, s.received_at)
                             + s.r_conversation_delay
                             * greatest(s.conversation_due_at - coalesce(s.first_answer_at, s.received_at), interval '0')
                        WHEN s.r_conversation < 0.96
                             THEN s.received_at + interval '7 days' + s.r_conversation_delay * interval '23 days'
                   END AS held_at
              FROM (
                SELECT k.*,
                       ((k.received_at AT TIME ZONE 'Europe/Oslo') + interval '1 day') AT TIME ZONE 'Europe/Oslo' AS answer_due_at,
                       ((k.received_at AT TIME ZONE 'Europe/Oslo') + interval '7 days') AT TIME ZONE 'Europe/Oslo' AS conversation_due_at,
                       k.received_at + CASE
                         WHEN k.r_answer < 0.90 THEN interval '15 minutes' + k.r_answer_delay * interval '22 hours'
                         WHEN k.r_answer < 0.985 THEN interval '1 day' + k.r_answer_delay * interval '4 days'
                       END AS first_answer_at
                  FROM (
                    SELECT c.*,
                           CASE c.channel WHEN 'WEB_FORM' THEN 'PUBLIC_FORM' ELSE 'STAFF' END AS source,
                           -- Web forms come at any hour; the rest in opening hours.
                           ((${FIRST_DAY} + c.day) + CASE c.channel
                              WHEN 'WEB_FORM' THEN c.r_time * interval '24 hours'
                              ELSE interval '8 hours 30 minutes' + c.r_time * interval '9 hours' END
                           ) AT TIME ZONE 'Europe/Oslo' AS received_at,
                           CASE WHEN c.channel = 'PARTNER_REFERRAL' OR c.r_partner < 0.055
                                THEN 1 + floor(c.r_partner_pick * c.n_partners)::int END AS partner_k,
                           CASE WHEN NOT c.latest THEN ${weighted('c.r_outcome', [
                             ['NOT_NOW', 50],
                             ['NO_ANSWER', 25],
                             ['REFERRED_ELSEWHERE', 25],
                           ])}
                                WHEN c.r_open < CASE WHEN ${DAYS - 1} - c.day < 7 THEN 0.85
                                                     WHEN ${DAYS - 1} - c.day < 21 THEN 0.45
                                                     WHEN ${DAYS - 1} - c.day < 45 THEN 0.15
                                                     ELSE 0.02 END THEN NULL
                                ELSE ${weighted('c.r_outcome', OUTCOMES)} END AS outcome
                      FROM (
                        SELECT r.*, ${weighted('r.r_channel', CHANNELS)} AS channel,
                               ${weighted('r.r_heard', HEARD_VIA)} AS heard_via
                          FROM ${draws(
                            `SELECT p.n, v.seq, (v.seq = 2 OR p.second_day IS NULL) AS latest, p.centre_no,
                                    p.tenant_id, p.id AS participant_id, v.day, c.partners AS n_partners
                               FROM b_person p
                               JOIN b_centre c ON c.no = p.centre_no
                              CROSS JOIN LATERAL (VALUES (1, p.first_day), (2, p.second_day)) v(seq, day)
                              WHERE v.day IS NOT NULL`,
                            'p.n, v.seq',
                            [
                              'r_time',
                              'r_channel',
                              'r_heard',
                              'r_partner',
                              'r_partner_pick',
                              'r_answer',
                              'r_answer_delay',
                              'r_open',
                              'r_outcome',
                              'r_conversation',
                              'r_conversation_delay',
                              'r_close',
                              'r_booked',
                              'r_place',
                            ],
                          )} r
                      ) c
                  ) k
              ) s
          ) t
      ) f`);
  await db.query(`CREATE INDEX ON b_inquiry (n, seq)`);
  await analyze(db, 'b_inquiry');
}

/**
 * Groups (`b_group`) with a lifecycle that the CHECKs and the transition rules allow: planned
 * and recruiting near the end of the data, starting for 7–13 weeks, then self-run until they
 * end (closed groups after 5 months – 3 years, open ones after 2–10 years); a few pause, and
 * 4 % never start. Open groups start early in the period and run long, for the meeting counts.
 */
async function stageGroups(db: Client): Promise<void> {
  const times = ['10:00', '11:00', '12:00', '17:00', '17:30', '18:00', '18:30', '19:00'];
  await db.query(`
    CREATE TEMP TABLE b_group AS
    SELECT l.*,
           CASE WHEN l.status = 'PAUSED'
                THEN greatest(coalesce(l.self_run_since, l.start_date), ${LAST_DAY} - floor(l.r_pause_day * 90)::int)
           END AS paused_on,
           l.status NOT IN ('PLANNED', 'RECRUITING') AND NOT l.failed AS started
      FROM (
        SELECT s.*,
               CASE WHEN s.status = 'PAUSED'
                    THEN CASE WHEN s.age < s.self_run_after THEN 'STARTING' ELSE 'SELF_RUN' END
               END AS paused_from,
               CASE WHEN NOT s.failed AND s.age >= s.self_run_after THEN s.start_date + s.self_run_after END AS self_run_since,
               CASE WHEN s.failed THEN least(s.start_date - 7 + floor(s.r_life * 21)::int, ${LAST_DAY})
                    WHEN s.status = 'ENDED' THEN s.start_date + s.life END AS ended_on
          FROM (
            SELECT a.*,
                   CASE WHEN a.failed THEN 'ENDED'
                        WHEN a.age < 14 THEN CASE WHEN a.r_early < 0.3 THEN 'PLANNED' ELSE 'RECRUITING' END
                        WHEN a.age < a.self_run_after THEN CASE WHEN a.r_pause < 0.03 THEN 'PAUSED' ELSE 'STARTING' END
                        WHEN a.age < a.life THEN CASE WHEN a.r_pause < 0.06 THEN 'PAUSED' ELSE 'SELF_RUN' END
                        ELSE 'ENDED' END AS status
              FROM (
                SELECT w.*, ${LAST_DAY} - w.start_date AS age
                  FROM (
                    SELECT v.*,
                           -- On the group's weekday, not after the last day.
                           CASE WHEN v.aligned > ${LAST_DAY} THEN v.aligned - 7 ELSE v.aligned END AS start_date
                      FROM (
                        SELECT d.*,
                               ${FIRST_DAY} + d.base_day
                                 + (d.weekday_no - extract(isodow FROM ${FIRST_DAY} + d.base_day)::int + 7) % 7 AS aligned
                          FROM (
                            SELECT r.*, r.g_offset + r.i AS g_no,
                                   CASE WHEN r.closed THEN 'CLOSED' ELSE 'OPEN' END AS kind,
                                   CASE WHEN r.r_format < CASE WHEN r.closed THEN 0.80 ELSE 0.90 END
                                        THEN 'PHYSICAL' ELSE 'DIGITAL' END AS format,
                                   CASE WHEN r.r_composition < CASE WHEN r.closed THEN 0.30 ELSE 0.20 END
                                        THEN ${oneOf('r.r_theme', THEMES)} END AS theme,
                                   ${weighted('r.r_weekday', [
                                     ['1', 18],
                                     ['2', 24],
                                     ['3', 22],
                                     ['4', 20],
                                     ['5', 8],
                                     ['6', 4],
                                     ['7', 4],
                                   ])}::int AS weekday_no,
                                   ${oneOf('r.r_time', times)}::time AS start_time,
                                   CASE WHEN r.closed THEN 90 + 30 * floor(r.r_duration * 3)::int ELSE 120 END AS duration_minutes,
                                   CASE WHEN r.closed THEN 6 + floor(r.r_capacity * 3)::int
                                        ELSE 10 + floor(r.r_capacity * 16)::int END AS capacity,
                                   CASE WHEN r.closed AND r.r_age < 0.12 THEN 18 + floor(r.r_age_min * 45)::int END AS age_range_min,
                                   CASE WHEN r.closed THEN ${growingDay('r.r_start')}
                                        ELSE floor(power(r.r_start, 2) * ${DAYS})::int END AS base_day,
                                   49 + floor(r.r_self_run * 42)::int AS self_run_after,
                                   CASE WHEN r.closed THEN 150 + floor(power(r.r_life, 1.3) * 1000)::int
                                        ELSE 730 + floor(r.r_life * 2920)::int END AS life,
                                   r.r_fail < 0.04 AS failed
                              FROM ${draws(
                                `SELECT c.no AS centre_no, c.id AS tenant_id, c.slug, c.municipalities, c.n_mun,
                                        c.g_offset, i.i, i.i <= c.closed_groups AS closed
                                   FROM b_centre c
                                  CROSS JOIN LATERAL generate_series(1, c.closed_groups + c.open_groups) i(i)`,
                                'c.no, i.i',
                                [
                                  'r_format',
                                  'r_composition',
                                  'r_theme',
                                  'r_weekday',
                                  'r_time',
                                  'r_duration',
                                  'r_capacity',
                                  'r_age',
                                  'r_age_min',
                                  'r_home',
                                  'r_start',
                                  'r_self_run',
                                  'r_life',
                                  'r_fail',
                                  'r_early',
                                  'r_pause',
                                  'r_pause_day',
                                  'r_members',
                                  'r_starters',
                                  'r_starter_1',
                                  'r_starter_2',
                                  'r_follow_ups',
                                  'r_popularity',
                                ],
                              )} r
                          ) d
                      ) v
                  ) w
              ) a
          ) s
      ) l`);
  await db.query(`
    ALTER TABLE b_group
      ADD COLUMN id uuid, ADD COLUMN active_until date, ADD COLUMN members int,
      ADD COLUMN starters int, ADD COLUMN follow_ups int, ADD COLUMN name text,
      ADD COLUMN municipality text`);
  // Derived without draws, so an UPDATE is safe (row order no longer matters).
  await db.query(`
    UPDATE b_group SET
      id = gen_random_uuid(),
      active_until = coalesce(ended_on, paused_on, ${LAST_DAY}),
      -- Started closed groups have 5–8 members (never more than their capacity); recruiting
      -- ones are filling up; open groups have no members, only head counts.
      members = CASE WHEN kind = 'OPEN' THEN 0
                     WHEN started THEN least(capacity, 5 + floor(r_members * 4)::int)
                     WHEN status = 'RECRUITING' THEN 1 + floor(r_members * 4)::int
                     ELSE 0 END,
      starters = CASE WHEN started OR status = 'RECRUITING' THEN CASE WHEN r_starters < 0.3 THEN 2 ELSE 1 END
                      ELSE 0 END,
      follow_ups = CASE WHEN started THEN 3 + floor(r_follow_ups * 5)::int ELSE 0 END,
      name = coalesce(initcap(theme), CASE kind WHEN 'OPEN' THEN 'Åpen samtalegruppe' ELSE 'Samtalegruppe' END)
             || ' ' || (${textArray(WEEKDAYS_NB)})[weekday_no] || ' ' || to_char(start_date, 'MM.YYYY'),
      municipality = CASE WHEN format = 'PHYSICAL' THEN ${homeMunicipality('r_home')} END`);
  await db.query(`CREATE UNIQUE INDEX ON b_group (g_no)`);
  await analyze(db, 'b_group');
}

/**
 * Who joined which closed group (`b_member`). Per centre, the seats (in the order they were
 * filled) go to people who joined the waitlist (in the order they joined), so everyone waited
 * before joining. A random 105 % of the seats' worth of waiting people is queued: the last 5 %
 * are still waiting at the end. About 18 % leave their group early. When a group ends, its
 * members keep `left_on` NULL, as GroupsService.changeStatus leaves them.
 */
async function stageMembers(db: Client): Promise<void> {
  await db.query(`
    CREATE TEMP TABLE b_seat AS
    SELECT d.*,
           CASE WHEN d.status = 'RECRUITING' THEN ${LAST_DAY} - floor(d.r_join * 20)::int
                ELSE d.start_date - 28 + floor(d.r_join * 35)::int END AS seat_date
      FROM ${draws(
        `SELECT g.g_no, g.centre_no, g.tenant_id, g.id AS group_id, g.status, g.start_date,
                g.active_until, s.seat
           FROM b_group g CROSS JOIN LATERAL generate_series(1, g.members) s(seat)`,
        'g.g_no, s.seat',
        ['r_join', 'r_leave', 'r_left', 'r_reason'],
      )} d`);
  await db.query(`
    CREATE TEMP TABLE b_member AS
    WITH seat AS (
      SELECT s.*, row_number() OVER (PARTITION BY s.centre_no ORDER BY s.seat_date, s.g_no, s.seat) AS queue_no
        FROM b_seat s
    ), wanted AS (
      SELECT centre_no, ceil(count(*) * 1.05)::int AS people FROM b_seat GROUP BY centre_no
    ), waiting AS (
      SELECT i.n, i.centre_no, i.participant_id, i.closed_at AS waiting_since,
             row_number() OVER (PARTITION BY i.centre_no ORDER BY i.r_place, i.n) AS pick
        FROM b_inquiry i
       WHERE i.latest AND i.outcome = 'JOINED_WAITLIST'
    ), queue AS (
      SELECT w.*, row_number() OVER (PARTITION BY w.centre_no ORDER BY w.waiting_since, w.n) AS queue_no
        FROM waiting w JOIN wanted USING (centre_no)
       WHERE w.pick <= wanted.people
    )
    SELECT j.*,
           CASE WHEN j.left_on IS NOT NULL THEN ${oneOf('j.r_reason', [
             'Flyttet',
             'Fikk jobb på dagtid',
             'Passet ikke for meg',
             'Fikk det bedre',
             'Tidspunktet passet ikke lenger',
           ])} END AS leave_reason
      FROM (
        SELECT m.*,
               CASE WHEN m.r_leave < 0.18 AND m.active_until - m.joined_on > 45
                    THEN m.joined_on + 14 + floor(m.r_left * (m.active_until - m.joined_on - 14))::int
               END AS left_on
          FROM (
            SELECT s.tenant_id, gen_random_uuid() AS id, s.group_id, s.g_no, s.status AS group_status,
                   s.active_until, q.participant_id, q.n,
                   greatest(s.seat_date, q.waiting_since::date + 1) AS joined_on,
                   s.r_leave, s.r_left, s.r_reason
              FROM seat s JOIN queue q ON q.centre_no = s.centre_no AND q.queue_no = s.queue_no
          ) m
         -- Someone who reached the head of the queue after the group had stopped joins no one.
         WHERE m.joined_on <= m.active_until
      ) j`);
  await db.query(`CREATE UNIQUE INDEX ON b_member (n)`);
  await analyze(db, 'b_seat', 'b_member');
}

/**
 * Participants with the status their history gives them: the outcome of their latest inquiry,
 * then their group. Members are IN_GROUP, or ENDED once they left or their group ended; people
 * on the waitlist for more than half a year who never got a seat gave up (ENDED).
 */
async function insertParticipants(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO participants (tenant_id, id, display_name, birth_year, gender, municipality, languages,
        preferred_format, preferred_composition, target_groups, status, waiting_since,
        last_activity_at, created_at, updated_at)
    SELECT p.tenant_id, p.id, p.display_name, p.birth_year, p.gender, p.municipality,
           CASE WHEN 'IMMIGRANT_OR_REFUGEE' = ANY (p.target_groups) THEN '{norsk,engelsk}'::text[]
                ELSE '{norsk}'::text[] END,
           CASE WHEN l.outcome = 'JOINED_WAITLIST' THEN p.preferred_format END,
           CASE WHEN l.outcome = 'JOINED_WAITLIST' THEN p.preferred_composition END,
           p.target_groups, s.status,
           CASE WHEN s.status = 'WAITING' THEN l.closed_at END,
           s.last_activity_at, f.received_at, s.last_activity_at
      FROM b_person p
      JOIN b_inquiry f ON f.n = p.n AND f.seq = 1
      JOIN b_inquiry l ON l.n = p.n AND l.latest
      LEFT JOIN b_member m ON m.n = p.n
     CROSS JOIN LATERAL (SELECT
           CASE WHEN m.n IS NOT NULL
                  THEN CASE WHEN m.left_on IS NOT NULL OR m.group_status = 'ENDED' THEN 'ENDED' ELSE 'IN_GROUP' END
                WHEN l.outcome = 'JOINED_WAITLIST'
                  THEN CASE WHEN l.closed_at < ${LAST_DAY} - 180 THEN 'ENDED' ELSE 'WAITING' END
                WHEN l.outcome = 'REFERRED_ELSEWHERE' THEN 'REFERRED'
                WHEN l.outcome IS NOT NULL THEN 'ENDED'
                ELSE 'INQUIRY' END AS status,
           greatest(l.received_at, l.first_answer_at, l.conversation_held_at, l.closed_at,
                    m.joined_on + time '12:00', m.left_on + time '12:00') AS last_activity_at) s
     ORDER BY p.n`);
  await db.query(`
    INSERT INTO inquiries (tenant_id, id, participant_id, source, received_at, channel, heard_via,
        referring_partner_id, answer_due_at, conversation_due_at, first_answer_at,
        conversation_booked_for, conversation_held_at, outcome, closed_at, created_at, updated_at)
    SELECT i.tenant_id, gen_random_uuid(), i.participant_id, i.source, i.received_at, i.channel,
           i.heard_via, pt.id, i.answer_due_at, i.conversation_due_at, i.first_answer_at,
           i.conversation_booked_for, i.conversation_held_at, i.outcome, i.closed_at, i.received_at,
           greatest(i.received_at, i.first_answer_at, i.conversation_held_at, i.closed_at)
      FROM b_inquiry i
      LEFT JOIN b_partner pt ON pt.centre_no = i.centre_no AND pt.k = i.partner_k
     ORDER BY i.n, i.seq`);
}

/**
 * Consents recorded at the intake conversation: target groups are kept only with
 * KEEP_TARGET_GROUP_DATA (the service refuses them without), so everyone with target groups has
 * it. Referrals: each inquiry that ended REFERRED_ELSEWHERE refers to a service, a fifth to two.
 */
async function insertConsentsAndReferrals(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO consents (tenant_id, id, participant_id, kind, given_at)
    SELECT p.tenant_id, gen_random_uuid(), p.id, c.kind,
           coalesce(f.conversation_held_at, f.first_answer_at, f.received_at)
      FROM b_person p
      JOIN b_inquiry f ON f.n = p.n AND f.seq = 1
     CROSS JOIN LATERAL (VALUES
           ('KEEP_TARGET_GROUP_DATA', cardinality(p.target_groups) > 0),
           ('KEEP_DATA', p.r_keep_data < 0.35),
           ('ANONYMOUS_SURVEYS', p.r_surveys < 0.25)) c(kind, given)
     WHERE c.given`);
  await db.query(`
    WITH d AS MATERIALIZED (
      SELECT * FROM ${draws(
        `SELECT i.n, i.seq, i.centre_no, i.tenant_id, i.participant_id, i.closed_at, c.services AS n_services
           FROM b_inquiry i JOIN b_centre c ON c.no = i.centre_no
          WHERE i.outcome = 'REFERRED_ELSEWHERE'`,
        'i.n, i.seq',
        ['r_service', 'r_second'],
      )} r
    )
    INSERT INTO referrals (tenant_id, id, participant_id, service_id, referred_at)
    SELECT d.tenant_id, gen_random_uuid(), d.participant_id, s.id, d.closed_at + v.later
      FROM d
     CROSS JOIN LATERAL (VALUES
           (floor(d.r_service * d.n_services)::int, interval '0', true),
           ((floor(d.r_service * d.n_services)::int + 1) % d.n_services, interval '1 day', d.r_second < 0.2)
         ) v(service, later, referred)
      JOIN b_service s ON s.centre_no = d.centre_no AND s.k = v.service + 1
     WHERE v.referred`);
}

/**
 * Groups and what follows from their lifecycle: members, starters (assigned two weeks before
 * the start, released when the group runs itself), and a STATUS_CHANGED event for each step.
 */
async function insertGroups(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO groups (tenant_id, id, name, kind, format, composition, theme, weekday, start_time,
        duration_minutes, municipality, meeting_link, capacity, age_range_min, age_range_max,
        start_date, status, paused_from, self_run_since, ended_on, created_at, updated_at)
    SELECT tenant_id, id, name, kind, format, CASE WHEN theme IS NULL THEN 'MIXED' ELSE 'THEMED' END,
           theme, (${textArray(WEEKDAYS)})[weekday_no], start_time, duration_minutes, municipality,
           CASE WHEN format = 'DIGITAL' THEN 'https://meet.example.no/' || slug || '-' || g_no END,
           capacity, age_range_min, age_range_min + 15, start_date, status, paused_from,
           self_run_since, ended_on, (start_date - 60) + time '10:00',
           greatest(start_date - 60, CASE WHEN status <> 'PLANNED' THEN start_date - 42 END,
                    CASE WHEN started THEN start_date END, self_run_since, paused_on, ended_on) + time '12:00'
      FROM b_group ORDER BY g_no`);
  await db.query(`
    INSERT INTO group_members (tenant_id, id, group_id, participant_id, joined_on, left_on, leave_reason)
    SELECT tenant_id, id, group_id, participant_id, joined_on, left_on, leave_reason
      FROM b_member ORDER BY g_no, joined_on, n`);
  // Two starters are always two different people: the second is offset from the first.
  await db.query(`
    INSERT INTO group_starters (tenant_id, id, group_id, membership_id, assigned_at, released_at)
    SELECT g.tenant_id, gen_random_uuid(), g.id, u.membership_id, (g.start_date - 14) + time '10:00',
           g.self_run_since + time '12:00'
      FROM b_group g
      JOIN b_centre c ON c.no = g.centre_no
     CROSS JOIN LATERAL (VALUES
           (1, floor(g.r_starter_1 * c.starters)::int),
           (2, (floor(g.r_starter_1 * c.starters)::int + 1 + floor(g.r_starter_2 * (c.starters - 1))::int) % c.starters)
         ) s(k, starter)
      JOIN b_user u ON u.centre_no = g.centre_no AND u.role = 'STARTER' AND u.role_no = s.starter + 1
     WHERE s.k <= g.starters
     ORDER BY g.g_no, s.k`);
  await db.query(`
    INSERT INTO group_events (tenant_id, id, group_id, kind, from_status, to_status, occurred_on, created_at)
    SELECT g.tenant_id, gen_random_uuid(), g.id, 'STATUS_CHANGED', e.from_status, e.to_status, e.occurred_on,
           e.occurred_on + time '12:00'
      FROM b_group g
     CROSS JOIN LATERAL (VALUES
           (1, 'PLANNED', 'RECRUITING', CASE WHEN g.status <> 'PLANNED' THEN g.start_date - 42 END),
           (2, 'RECRUITING', 'STARTING', CASE WHEN g.started THEN g.start_date END),
           (3, 'STARTING', 'SELF_RUN', g.self_run_since),
           (4, g.paused_from, 'PAUSED', g.paused_on),
           (5, CASE WHEN g.failed THEN 'RECRUITING' ELSE 'SELF_RUN' END, 'ENDED', g.ended_on)
         ) e(step, from_status, to_status, occurred_on)
     WHERE e.occurred_on IS NOT NULL
     ORDER BY g.g_no, e.step`);
}

/**
 * About five follow-ups per started group, spread over its active life, by its coordinators.
 * A starter can only return to a group that runs itself.
 */
async function insertFollowUps(db: Client): Promise<void> {
  const notes = [
    'Gruppen fungerer godt',
    'Ønsker nytt lokale',
    'Færre møter i sommer',
    'Spør om en ny igangsetter',
    'Har plass til flere deltakere',
  ];
  await db.query(`
    WITH d AS MATERIALIZED (
      SELECT r.*, r.start_date + floor(r.r_day * (r.active_until - r.start_date + 1))::int AS occurred_on
        FROM ${draws(
          `SELECT g.g_no, g.tenant_id, g.id AS group_id, g.centre_no, g.start_date, g.active_until,
                  g.self_run_since, c.coordinators, f.k
             FROM b_group g JOIN b_centre c ON c.no = g.centre_no
            CROSS JOIN LATERAL generate_series(1, g.follow_ups) f(k)`,
          'g.g_no, f.k',
          ['r_day', 'r_kind', 'r_by', 'r_note'],
        )} r
    )
    INSERT INTO follow_ups (tenant_id, id, group_id, kind, occurred_on, by_user_id, note, created_at)
    SELECT d.tenant_id, gen_random_uuid(), d.group_id,
           CASE WHEN d.r_kind < 0.40 THEN 'VISIT'
                WHEN d.r_kind < 0.85 OR d.self_run_since IS NULL OR d.occurred_on < d.self_run_since THEN 'CALL'
                ELSE 'STARTER_RETURN' END,
           d.occurred_on, u.user_id,
           CASE WHEN d.r_note < 0.3 THEN ${oneOf('d.r_note / 0.3', notes)} END,
           d.occurred_on + time '15:00'
      FROM d
      JOIN b_user u ON u.centre_no = d.centre_no AND u.role = 'COORDINATOR'
                   AND u.role_no = 1 + floor(d.r_by * d.coordinators)::int
     ORDER BY d.g_no, d.k`);
}

/**
 * Head counts of open groups: one a week on the group's weekday, from its start until it ended
 * or paused. No meetings in the summer holidays (July to the first week of August) or at
 * Christmas, and 3 % of other weeks have no count registered. Each group has its own
 * popularity; a meeting's count varies around it (0–25).
 */
async function insertOpenGroupMeetings(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO open_group_meetings (tenant_id, id, group_id, held_on, head_count)
    SELECT d.tenant_id, gen_random_uuid(), d.group_id, d.held_on,
           least(25, greatest(0, round(d.capacity * (0.3 + 0.5 * d.r_popularity) * (0.4 + 1.2 * d.r_count))))::int
      FROM ${draws(
        `SELECT g.g_no, g.tenant_id, g.id AS group_id, g.capacity, g.r_popularity, w.week,
                g.start_date + 7 * w.week AS held_on
           FROM b_group g CROSS JOIN LATERAL generate_series(0, (g.active_until - g.start_date) / 7) w(week)
          WHERE g.kind = 'OPEN' AND g.started`,
        'g.g_no, w.week',
        ['r_registered', 'r_count'],
      )} d
     WHERE d.r_registered >= 0.03
       AND NOT (extract(month FROM d.held_on) = 7
                OR (extract(month FROM d.held_on) = 8 AND extract(day FROM d.held_on) <= 7)
                OR (extract(month FROM d.held_on) = 12 AND extract(day FROM d.held_on) >= 23)
                OR (extract(month FROM d.held_on) = 1 AND extract(day FROM d.held_on) <= 2))`);
}

/**
 * What is left of people erased by retention or on request: one record per inquiry, mostly
 * from the early years, nothing that points back. Age bands as `ageBand` in the intake lib.
 */
async function insertAnonymousRecords(db: Client): Promise<void> {
  await db.query(`
    INSERT INTO anonymous_inquiry_records (tenant_id, id, inquiry_month, age_band, municipality, channel,
        heard_via, target_groups, outcome)
    SELECT a.tenant_id, gen_random_uuid(), a.inquiry_month,
           CASE WHEN a.age >= 70 THEN '70+' WHEN a.age >= 60 THEN '60–69' WHEN a.age >= 50 THEN '50–59'
                WHEN a.age >= 40 THEN '40–49' WHEN a.age >= 30 THEN '30–39' WHEN a.age >= 18 THEN '18–29' END,
           a.municipality, a.channel, a.heard_via,
           CASE WHEN a.r_target < 0.08 THEN ARRAY[${oneOf('a.r_target / 0.08', [
             'IMMIGRANT_OR_REFUGEE',
             'IN_WORK_ASSESSMENT',
             'EXPOSED_TO_VIOLENCE',
             'YOUNG_ADULT_OUTSIDE_WORK_OR_STUDY',
           ])}] ELSE '{}'::text[] END,
           a.outcome
      FROM (
        SELECT d.*,
               date_trunc('month', ${FIRST_DAY} + floor(power(d.r_month, 1.6) * ${DAYS})::int)::date AS inquiry_month,
               CASE WHEN d.r_age_unknown < 0.04 THEN NULL
                    ELSE greatest(18, 20 + floor((d.r_born_1 + d.r_born_2) / 2 * 60)::int) END AS age,
               CASE WHEN d.r_home < 0.03 THEN NULL
                    WHEN d.r_home < 0.10 THEN ${oneOf('d.r_home_pick', OTHER_MUNICIPALITIES)}
                    ELSE ${homeMunicipality('d.r_home_pick')} END AS municipality,
               ${weighted('d.r_channel', CHANNELS)} AS channel,
               ${weighted('d.r_heard', HEARD_VIA)} AS heard_via,
               ${weighted('d.r_outcome', [...OUTCOMES, [null, 1]])} AS outcome
          FROM ${draws(
            `SELECT c.no AS centre_no, c.id AS tenant_id, c.municipalities, c.n_mun, i.i
               FROM b_centre c CROSS JOIN LATERAL generate_series(1, c.anonymous_records) i(i)`,
            'c.no, i.i',
            [
              'r_month',
              'r_age_unknown',
              'r_born_1',
              'r_born_2',
              'r_home',
              'r_home_pick',
              'r_channel',
              'r_heard',
              'r_target',
              'r_outcome',
            ],
          )} d
      ) a`);
}

/**
 * Per centre and year, a few starter courses (three weekly sessions, qualifying for 24 months)
 * and one guidance gathering. Enrolments are mostly the centre's starters, some externals from
 * other organisations; externals' details are erased six months after the course, as the
 * courses service does, so only the latest courses still name them. A completed starter course
 * qualifies its starters; coordinators teach.
 */
async function generateTraining(db: Client): Promise<void> {
  await db.query(`
    CREATE TEMP TABLE b_course AS
    SELECT d.*, gen_random_uuid() AS id,
           CASE WHEN d.i <= d.courses_per_year THEN 'STARTER_COURSE' ELSE 'GUIDANCE' END AS kind,
           CASE WHEN d.i <= d.courses_per_year THEN 3 ELSE 2 END AS sessions,
           12 + floor(d.r_capacity * 9)::int AS capacity,
           make_date(d.year, 1, 15) + floor((d.i - 1 + d.r_start) / (d.courses_per_year + 1) * 300)::int AS first_day,
           floor(d.r_offset * d.starters)::int AS starter_offset,
           row_number() OVER (ORDER BY d.centre_no, d.year, d.i) AS course_no
      FROM ${draws(
        `SELECT c.no AS centre_no, c.id AS tenant_id, c.municipalities, c.starters, c.courses_per_year,
                y.year, i.i
           FROM b_centre c
          CROSS JOIN generate_series(2021, 2025) y(year)
          CROSS JOIN LATERAL generate_series(1, c.courses_per_year + 1) i(i)`,
        'c.no, y.year, i.i',
        ['r_capacity', 'r_start', 'r_offset', 'r_size', 'r_digital'],
      )} d`);
  await analyze(db, 'b_course');
  await db.query(`
    INSERT INTO courses (tenant_id, id, title, description, kind, capacity, qualification_valid_months, created_at)
    SELECT tenant_id, id,
           CASE kind WHEN 'STARTER_COURSE'
                THEN 'Igangsetterkurs ' || CASE WHEN first_day < make_date(year, 7, 1) THEN 'våren ' ELSE 'høsten ' END
                     || year || ' (' || i || ')'
                ELSE 'Veiledningssamling ' || year END,
           CASE kind WHEN 'STARTER_COURSE' THEN 'Tre samlinger om rammer, roller og verktøy.'
                ELSE 'Erfaringsdeling for igangsettere.' END,
           kind, capacity, CASE kind WHEN 'STARTER_COURSE' THEN 24 END, (first_day - 60) + time '10:00'
      FROM b_course ORDER BY course_no`);
  await db.query(`
    INSERT INTO course_sessions (tenant_id, id, course_id, starts_at, duration_minutes, place, digital)
    SELECT c.tenant_id, gen_random_uuid(), c.id, (c.first_day + 7 * (s.k - 1)) + time '17:30', 180,
           CASE WHEN c.r_digital >= 0.25 THEN 'Kurslokalet, ' || c.municipalities[1] END, c.r_digital < 0.25
      FROM b_course c CROSS JOIN LATERAL generate_series(1, c.sessions) s(k)
     ORDER BY c.course_no, s.k`);
  await db.query(`
    CREATE TEMP TABLE b_enrolment AS
    SELECT e.*, gen_random_uuid() AS id,
           e.last_session < ${END} - interval '6 months' AS erased
      FROM (
        SELECT d.*,
               d.r_external < 0.3 AS external,
               CASE WHEN d.j > d.capacity THEN 'WAITLISTED'
                    WHEN d.r_status < 0.87 THEN 'COMPLETED' ELSE 'WITHDRAWN' END AS status,
               (d.first_day + 7 * (d.sessions - 1)) + time '17:30' AS last_session
          FROM ${draws(
            `SELECT c.course_no, c.id AS course_id, c.tenant_id, c.centre_no, c.kind, c.capacity,
                    c.first_day, c.sessions, c.starter_offset, j.j
               FROM b_course c
              CROSS JOIN LATERAL generate_series(1, least(c.capacity + 2, 8 + floor(c.r_size * 9)::int)) j(j)`,
            'c.course_no, j.j',
            ['r_external', 'r_status', 'r_enrolled', 'r_name', 'r_surname', 'r_organisation'],
          )} d
      ) e`);
  await analyze(db, 'b_enrolment');
  // Distinct starters within a course: consecutive ordinals from the course's own offset.
  await db.query(`
    INSERT INTO course_enrolments (tenant_id, id, course_id, user_id, external_name, external_organisation,
        external_email, status, enrolled_at, completed_at, external_erased_at)
    SELECT e.tenant_id, e.id, e.course_id, CASE WHEN NOT e.external THEN u.user_id END,
           CASE WHEN e.external AND NOT e.erased
                THEN ${oneOf('e.r_name', FIRST_NAMES)} || ' ' || ${oneOf('e.r_surname', LAST_NAMES)} END,
           CASE WHEN e.external AND NOT e.erased THEN ${oneOf('e.r_organisation', EXTERNAL_ORGANISATIONS)} END,
           CASE WHEN e.external AND NOT e.erased THEN 'ekstern-' || e.course_no || '-' || e.j || '@example.no' END,
           e.status, (e.first_day - 14 - floor(e.r_enrolled * 45)::int) + time '09:00',
           CASE WHEN e.status = 'COMPLETED' THEN e.last_session + interval '3 hours' END,
           CASE WHEN e.external AND e.erased THEN e.last_session + interval '6 months 1 day' END
      FROM b_enrolment e
      JOIN b_centre c ON c.no = e.centre_no
      JOIN b_user u ON u.centre_no = e.centre_no AND u.role = 'STARTER'
                   AND u.role_no = 1 + (e.starter_offset + e.j) % c.starters
     ORDER BY e.course_no, e.j`);
  await db.query(`
    INSERT INTO session_attendance (tenant_id, id, session_id, enrolment_id, attended)
    SELECT e.tenant_id, gen_random_uuid(), s.id, e.id, e.status = 'COMPLETED' OR e.j % 2 = 0
      FROM b_enrolment e
      JOIN course_sessions s ON s.tenant_id = e.tenant_id AND s.course_id = e.course_id
     WHERE e.status = 'COMPLETED'
        OR (e.status = 'WITHDRAWN' AND s.starts_at = e.first_day + time '17:30')`);
  await db.query(`
    INSERT INTO course_instructors (tenant_id, id, course_id, membership_id)
    SELECT c.tenant_id, gen_random_uuid(), c.id, u.membership_id
      FROM b_course c
      JOIN b_centre ce ON ce.no = c.centre_no
     CROSS JOIN LATERAL (VALUES (1, c.course_no % ce.coordinators), (2, (c.course_no + 1) % ce.coordinators)) t(k, coordinator)
      JOIN b_user u ON u.centre_no = c.centre_no AND u.role = 'COORDINATOR' AND u.role_no = t.coordinator + 1
     WHERE t.k = 1 OR c.course_no % 3 = 0`);
  await db.query(`
    INSERT INTO starter_qualifications (user_id, granted_by_centre_id, course_id, granted_on, expires_on, created_at)
    SELECT e.user_id, e.tenant_id, e.course_id, e.completed_at::date,
           (e.completed_at::date + interval '24 months')::date, e.completed_at
      FROM course_enrolments e
      JOIN courses c ON c.tenant_id = e.tenant_id AND c.id = e.course_id
     WHERE c.kind = 'STARTER_COURSE' AND e.status = 'COMPLETED' AND e.user_id IS NOT NULL`);
  // A starter's account is older than the first course or group they took part in.
  await db.query(`
    UPDATE users u SET created_at = f.first_use, updated_at = f.first_use
      FROM (SELECT user_id, min(at) - interval '14 days' AS first_use
              FROM (SELECT user_id, enrolled_at AS at FROM course_enrolments WHERE user_id IS NOT NULL
                    UNION ALL
                    SELECT m.user_id, s.assigned_at FROM group_starters s
                      JOIN memberships m ON m.tenant_id = s.tenant_id AND m.id = s.membership_id) x
             GROUP BY user_id) f
     WHERE f.user_id = u.id AND f.first_use < u.created_at`);
  await db.query(`
    UPDATE memberships m SET created_at = u.created_at, updated_at = u.created_at
      FROM users u WHERE u.id = m.user_id AND m.created_at <> u.created_at`);
}

/**
 * Three in four starters have a volunteer profile at their centre (active, paused or left),
 * with a confidentiality agreement and a police certificate check. Hours: up to three entries
 * a month while they volunteer, most for starting groups.
 */
async function generateVolunteers(db: Client): Promise<void> {
  await db.query(`
    CREATE TEMP TABLE b_profile AS
    SELECT v.*, gen_random_uuid() AS id,
           CASE v.status
             WHEN 'LEFT' THEN least(v.start_day + 120 + floor(v.r_end * greatest(${LAST_DAY} - v.start_day - 120, 0))::int, ${LAST_DAY})
             WHEN 'PAUSED' THEN greatest(v.start_day, ${LAST_DAY} - floor(v.r_end * 120)::int)
             ELSE ${LAST_DAY} END AS end_day
      FROM (
        SELECT d.*, least(d.created_at::date, ${LAST_DAY} - 30) AS start_day,
               ${weighted('d.r_status', [
                 ['ACTIVE', 65],
                 ['PAUSED', 15],
                 ['LEFT', 20],
               ])} AS status
          FROM ${draws(
            `SELECT b.centre_no, b.tenant_id, b.k, b.user_id, b.role_no, u.created_at, c.coordinators,
                    c.municipalities
               FROM b_user b JOIN users u ON u.id = b.user_id JOIN b_centre c ON c.no = b.centre_no
              WHERE b.role = 'STARTER'`,
            'b.centre_no, b.k',
            ['r_profile', 'r_status', 'r_end', 'r_signed', 'r_languages', 'r_police'],
          )} d
      ) v
     WHERE v.r_profile < 0.75`);
  await analyze(db, 'b_profile');
  await db.query(`
    INSERT INTO volunteer_profiles (tenant_id, id, user_id, skills, languages, municipalities,
        available_times_of_day, available_weekdays, status, confidentiality_signed_on, created_at, updated_at)
    SELECT tenant_id, id, user_id,
           CASE WHEN k % 3 = 0 THEN '{igangsetting,stands}'::text[] ELSE '{igangsetting}'::text[] END,
           CASE WHEN r_languages < 0.2 THEN '{norsk,engelsk}'::text[]
                WHEN r_languages < 0.27 THEN '{norsk,arabisk}'::text[] ELSE '{norsk}'::text[] END,
           municipalities[1:2], '{EVENING}', '{TUESDAY,WEDNESDAY,THURSDAY}', status,
           start_day + floor(r_signed * 14)::int, start_day + time '10:00', end_day + time '10:00'
      FROM b_profile ORDER BY centre_no, k`);
  await db.query(`
    INSERT INTO police_certificate_checks (tenant_id, id, profile_id, kind, task, shown_on, valid_until, checked_by, created_at)
    SELECT p.tenant_id, gen_random_uuid(), p.id,
           CASE WHEN p.r_police < 0.8 THEN 'ORDINARY' ELSE 'CHILDREN_AND_VULNERABLE' END,
           'Igangsetter for samtalegrupper', p.start_day + floor(p.r_signed * 14)::int,
           p.start_day + floor(p.r_signed * 14)::int + 3 * 365, u.user_id,
           (p.start_day + floor(p.r_signed * 14)::int) + time '11:00'
      FROM b_profile p
      JOIN b_user u ON u.centre_no = p.centre_no AND u.role = 'COORDINATOR'
                   AND u.role_no = 1 + p.k % p.coordinators
     ORDER BY p.centre_no, p.k`);
  await db.query(`
    INSERT INTO volunteer_hours (tenant_id, id, profile_id, worked_on, hours, activity, created_at)
    SELECT d.tenant_id, gen_random_uuid(), d.profile_id, d.worked_on, 1 + floor(d.r_hours * 11) * 0.5,
           ${weighted('d.r_activity', [
             ['GROUP_START', 45],
             ['COURSE', 15],
             ['STAND_OR_TALK', 15],
             ['ADMIN', 15],
             ['OTHER', 10],
           ])},
           d.worked_on + time '20:00'
      FROM (
        SELECT r.*, r.month + floor(r.r_day * ((r.month + interval '1 month')::date - r.month))::int AS worked_on
          FROM ${draws(
            `SELECT p.centre_no, p.k, p.tenant_id, p.id AS profile_id, p.start_day, p.end_day,
                    m.month::date AS month, s.slot
               FROM b_profile p
              CROSS JOIN LATERAL generate_series(date_trunc('month', p.start_day), p.end_day, interval '1 month') m(month)
              CROSS JOIN generate_series(1, 3) s(slot)`,
            'p.centre_no, p.k, m.month, s.slot',
            ['r_logged', 'r_day', 'r_hours', 'r_activity'],
          )} r
      ) d
     WHERE d.r_logged < 0.7 AND d.worked_on BETWEEN d.start_day AND d.end_day`);
}

// ---------------------------------------------------------------------------------------------

/** Rows in every table of the schema, including any a later migration added. */
async function rowCounts(db: Client): Promise<Record<string, number>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables
      WHERE schemaname = 'public' AND tablename NOT IN ('migrations', 'bench_meta')
      ORDER BY tablename`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = rows[0].n;
  }
  return counts;
}

async function main(): Promise<void> {
  const database = await ensureBenchmarkDatabase({ force: process.argv.includes('--force') });
  try {
    await withClient(database.adminUrl, async (db) => {
      const { rows } = await db.query<{ version: number; generated_at: Date; seconds: string }>(
        `SELECT generator_version AS version, generated_at, seconds FROM bench_meta`,
      );
      const meta = rows[0];
      const counts = await rowCounts(db);
      const lines = [
        `${BENCH_DATABASE}: generator version ${meta.version}, generated ${meta.generated_at.toISOString()} in ${meta.seconds} s`,
        `Sign in as ${BENCH_ANALYST_EMAIL} (national analyst) or e.g. coordinator-001@oslo.bench.link, password ${BENCH_PASSWORD}`,
        '',
        ...Object.entries(counts).map(
          ([table, n]) => `  ${table.padEnd(28)} ${n.toLocaleString('en').padStart(11)}`,
        ),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
  } finally {
    await database.stop();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
