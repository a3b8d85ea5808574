import { startTestServer, type TestServer } from '@link/shared/testing';
import type { Browser, Page } from 'playwright-core';

import { launchBrowser, pagesWithoutErrors, type PHONE } from './browser';

export interface BrowserSuite {
  /** The built API on a database of its own; there from the spec file's first `beforeAll`. */
  readonly server: TestServer;
  /** A new page on the server, as `pagesWithoutErrors` opens it. */
  page(viewport?: typeof PHONE): Promise<Page>;
}

/**
 * A spec file's test server and headless Chromium, started before its own `beforeAll` and
 * stopped after its tests. Call once, at the top of the file, before any other hook.
 */
export function browserSuite(expectedConsoleErrors?: RegExp): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = () => {
    if (!server || !browser) throw new Error('browserSuite: used before its beforeAll ran');
    return { server, browser };
  };
  const page = pagesWithoutErrors(() => {
    const { server, browser } = started();
    return { browser, baseURL: server.url };
  }, expectedConsoleErrors);
  return {
    get server() {
      return started().server;
    },
    page,
  };
}
