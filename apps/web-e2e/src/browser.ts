import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`); no test tool downloads a browser here. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = resolve(__dirname, '../../../dist/screenshots');

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  // --lang: date and time fields in Norwegian, as on the centres' computers.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--lang=nb-NO'],
    env: { ...process.env, LANG: 'nb_NO.UTF-8', LANGUAGE: 'nb' },
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export async function newPage(
  browser: Browser,
  baseURL: string,
  viewport = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  return { context, page };
}

/** No WCAG 2.0/2.1 A or AA violation on the page as it is now; the findings if there are any. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  if (found.length > 0) throw new Error(`axe found on ${screen}:\n${found.join('\n')}`);
}

/** A full-page screenshot in dist/screenshots, a test artefact. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, email: string, password = 'LinkDemo2026!'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
}

/**
 * `page()` for a spec file: a new page on the test server, whose printed or thrown errors (a
 * blocked script or style, a crash) fail the test that opened it. Call once, at the top of the
 * file, so the check runs after each test.
 */
export function pagesWithoutErrors(
  open: () => { browser: Browser; baseURL: string },
  // A refused request is logged by the browser; the tests cause some on purpose.
  expected = /status of (400|401|403|404)|net::ERR_FAILED|Failed to load resource/,
): (viewport?: typeof PHONE) => Promise<Page> {
  let pageErrors: string[] = [];
  afterEach(() => {
    const errors = pageErrors;
    pageErrors = [];
    expect(errors).toEqual([]);
  });
  return async (viewport) => {
    const { browser, baseURL } = open();
    const { page } = await newPage(browser, baseURL, viewport);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected.test(message.text())) {
        pageErrors.push(message.text());
      }
    });
    return page;
  };
}
