import type { Client } from 'pg';

import {
  globalSetup,
  globalTeardown,
  runApiCommand,
  startTestServer,
  type TestServer,
  type GraphqlClient,
  TEST_TEMPLATE_DATABASE,
} from '@link/shared/testing';

import { lastFinishedMonth } from './months';
import { plantRarePeople, type PlantedPeople } from './plant-rare-people';

export const ANALYST = 'analyst@national.demo.link';
/** Where the rare people are planted: the centre of the reviewer's scenario. */
export const PLANT_CENTRE_SLUG = 'vestfold-telemark';

export interface AttackCentre {
  id: string;
  slug: string;
  name: string;
}

export interface AttackEnvironment {
  server: TestServer;
  analyst: GraphqlClient;
  /** The owner role: counts the truth centre by centre, as row-level security allows. */
  owner: Client;
  centres: AttackCentre[];
  planted: PlantedPeople | null;
  now: Date;
  stop(): Promise<void>;
}

/**
 * The demo data as the national office would meet it: a fresh database copied from the
 * migrated and seeded template (the test suite's own set-up, run here unless jest ran it), the
 * built API on it, optionally the rare people planted, and the report facts refreshed by the
 * API's own command.
 */
export async function startAttackEnvironment(options: {
  plant: boolean;
}): Promise<AttackEnvironment> {
  // Inside jest the suite's global set-up has made the template already.
  const ownSetUp = !process.env[TEST_TEMPLATE_DATABASE];
  if (ownSetUp) await globalSetup();
  const tearDown = async () => {
    if (ownSetUp) await globalTeardown();
  };
  let server: TestServer | undefined;
  let owner: Client | undefined;
  try {
    server = await startTestServer();
    owner = await server.database.connectAsOwner();
    const now = new Date();
    const centres = (
      await owner.query<AttackCentre>(
        `SELECT id, slug, name FROM centres WHERE kind = 'CENTRE' ORDER BY name`,
      )
    ).rows;
    let planted: PlantedPeople | null = null;
    if (options.plant) {
      const centre = centres.find((candidate) => candidate.slug === PLANT_CENTRE_SLUG);
      if (!centre) throw new Error(`No centre ${PLANT_CENTRE_SLUG} in the demo data.`);
      // Five finished months back: windows on both sides of it can be asked for.
      planted = await plantRarePeople(owner, centre, lastFinishedMonth(now) - 5);
    }
    const refresh = await runApiCommand(server.database, 'report-facts');
    if (refresh.code !== 0)
      throw new Error(`report-facts exited with ${refresh.code}:\n${refresh.output}`);
    const analyst = (await server.client.signIn(ANALYST)).client;
    const started = { server, owner };
    return {
      server,
      analyst,
      owner,
      centres,
      planted,
      now,
      stop: async () => {
        await started.owner.end();
        await started.server.stop();
        await tearDown();
      },
    };
  } catch (error) {
    await owner?.end();
    await server?.stop();
    await tearDown();
    throw error;
  }
}
