import type { Environment } from '@link/platform/config';

import type { DatabaseUrls } from './database-urls';
import { throughPooler, withDatabase } from './database-urls';
import {
  DEFAULT_EMBEDDED_DATA_DIR,
  type EmbeddedServer,
  embeddedDataDirectory,
  startEmbeddedPostgres,
} from './embedded-postgres';
import { prepareDatabase } from './prepare-database';

export const EMBEDDED_DATABASE_NAME = 'link';

export interface OpenDatabase {
  urls: DatabaseUrls;
  /** True when the API started its own embedded PostgreSQL. */
  embedded: boolean;
  /** Stops the embedded server, if there is one. */
  close(): Promise<void>;
}

/**
 * The server in DATABASE_URL, or a real PostgreSQL started from the `embedded-postgres` package
 * with its data in EMBEDDED_DATA_DIR (`embeddedDataDirectory`); then roles, database and migrations.
 */
export async function openDatabase(
  environment: Environment,
  log: (message: string) => void,
): Promise<OpenDatabase> {
  let server: EmbeddedServer | undefined;
  let adminUrl = environment.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await embeddedDataDirectory(environment.EMBEDDED_DATA_DIR);
    log(
      `DATABASE_URL is not set: starting embedded PostgreSQL (data in ${dataDir.path}` +
        (dataDir.reason ? `, not in ${DEFAULT_EMBEDDED_DATA_DIR}: ${dataDir.reason})` : ')'),
    );
    server = await startEmbeddedPostgres({
      dataDir: dataDir.path,
      port: environment.EMBEDDED_PORT,
    });
    adminUrl = withDatabase(server.adminUrl, EMBEDDED_DATABASE_NAME);
  }
  try {
    const urls = await prepareDatabase(
      adminUrl,
      {
        owner: environment.DATABASE_OWNER_PASSWORD,
        app: environment.DATABASE_APP_PASSWORD,
        reporting: environment.DATABASE_REPORTING_PASSWORD,
      },
      { production: environment.NODE_ENV === 'production', log },
    );
    // A pooler stands in front of a server of its own; the embedded one is reached directly.
    const pooler = server ? undefined : environment.DATABASE_POOLER_URL;
    if (server && environment.DATABASE_POOLER_URL) {
      log('DATABASE_POOLER_URL is ignored: the embedded PostgreSQL is reached directly.');
    } else if (pooler) {
      log(`The runtime and reporting roles connect through the pooler at ${new URL(pooler).host}`);
    }
    return {
      urls: pooler
        ? {
            ...urls,
            app: throughPooler(urls.app, pooler),
            reporting: throughPooler(urls.reporting, pooler),
          }
        : urls,
      embedded: server !== undefined,
      close: async () => server?.stop(),
    };
  } catch (error) {
    await server?.stop();
    throw error;
  }
}
