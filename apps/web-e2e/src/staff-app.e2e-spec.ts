import type { Page } from 'playwright-core';

import { expectAccessible, PHONE, screenshot, signIn } from './browser';
import { browserSuite } from './suite';

/** The staff web app in headless Chromium, against the built API and a real database. */

const suite = browserSuite();
const { page } = suite;

const GRAPHQL = '**/graphql';

/** The stored session, as the app keeps it in localStorage. */
async function storedSession(p: Page) {
  return p.evaluate(() => {
    const raw = localStorage.getItem('link.session');
    return raw
      ? (JSON.parse(raw) as {
          accessToken: string;
          accessTokenExpiresAt: string;
          refreshToken: string;
        })
      : null;
  });
}

/** As if the access token had run out: the app must renew it before its next request. */
async function expireAccessToken(p: Page) {
  await p.evaluate(() => {
    const session = JSON.parse(localStorage.getItem('link.session')!);
    session.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString();
    localStorage.setItem('link.session', JSON.stringify(session));
  });
}

describe('signing in', () => {
  it('shows the sign-in page, accessible, and a wrong password next to the form', async () => {
    const p = await page();
    await p.goto('/');
    await p.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await expectAccessible(p, 'sign in');
    await screenshot(p, 'sign-in');
    await signIn(p, 'coordinator@bergen.demo.link', 'wrong-password');
    await p.getByText('Feil e-post eller passord.').waitFor();
    expect(await p.getByLabel('E-post').inputValue()).toBe('coordinator@bergen.demo.link');
    await expectAccessible(p, 'sign in with an error');
    await screenshot(p, 'sign-in-error');
  });
});

describe("Bergen's coordinator on a phone", () => {
  it('starts the day at the top of the screen and finds the rest behind "Meny"', async () => {
    const p = await page(PHONE);
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.getByRole('heading', { name: 'Frister for henvendelser' }).waitFor();
    const nav = p.getByRole('navigation', { name: 'Hovedmeny' });
    const menu = nav.getByRole('button', { name: 'Meny' });
    // Folded: no link takes up the screen until asked for.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link').count()).toBe(0);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await expectAccessible(p, 'today on a phone');
    await screenshot(p, 'today-phone');

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const controls = await menu.getAttribute('aria-controls');
    await p.locator(`[id="${controls}"]`).getByRole('link', { name: 'Rapporter' }).waitFor();
    expect(await nav.getByRole('link', { name: 'I dag' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await nav.getByRole('list', { name: 'Dagens arbeid' }).waitFor();
    await nav.getByRole('list', { name: 'Oversikt og administrasjon' }).waitFor();
    await expectAccessible(p, 'the menu open on a phone');
    await screenshot(p, 'menu-open-phone');

    // Escape folds it and leaves focus on the button, not on a hidden link.
    await nav.getByRole('link', { name: 'Grupper' }).focus();
    await p.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    await menu.click();
    await nav.getByRole('link', { name: 'Grupper' }).click();
    await p.getByRole('heading', { name: 'Grupper', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link').count()).toBe(0);
    await p.getByRole('link', { name: 'Torsdagsgruppa' }).waitFor();
    // The board's stacked rows once pushed the page to 500 px.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await expectAccessible(p, 'groups on a phone');
    await screenshot(p, 'groups-phone');
  });
});

describe("Bergen's coordinator: from a phone call to the waitlist", () => {
  let inquiryPath = '';
  const NAME = 'Solveig';

  it('sees the day: deadlines with their clocks, the waitlist, follow-ups and proposals', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.getByRole('heading', { name: 'Frister for henvendelser' }).waitFor();
    expect(await p.getByRole('cell', { name: 'Svar (1 døgn)' }).count()).toBeGreaterThan(0);
    expect(await p.getByText('Forfalt', { exact: true }).count()).toBeGreaterThan(0);
    await p.getByText(/personer venter/).waitFor();
    await p.getByText(/Lengst ventetid: \d+ dager/).waitFor();
    await p.getByRole('heading', { name: 'Grupper som trenger oppfølging' }).waitFor();
    await p.getByRole('heading', { name: 'Forslag til nye grupper' }).waitFor();
    await expectAccessible(p, 'today');
    await screenshot(p, 'today');
  });

  it('registers an inquiry, holds the intake conversation, and the person is on the waitlist', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('link', { name: 'Henvendelser' }).click();
    await p.getByRole('heading', { name: 'Åpne henvendelser' }).waitFor();
    await p.getByRole('table').waitFor();
    await expectAccessible(p, 'inquiries');
    await screenshot(p, 'inquiries');

    await p.getByRole('link', { name: 'Registrer henvendelse' }).click();
    await p.getByRole('heading', { name: 'Registrer en henvendelse' }).waitFor();
    await p.getByRole('radio', { name: 'Telefon' }).check();
    await p.getByRole('textbox', { name: 'Navn' }).fill(NAME);
    await p.getByRole('textbox', { name: 'Telefon' }).fill('912 34 567');
    await p.getByRole('textbox', { name: 'Fødselsår' }).fill('1984');
    await p.getByLabel('Kommune').selectOption('Askøy');
    await p.getByLabel('Hvor hørte personen om LINK?').selectOption({ label: 'Fastlege' });
    await p.getByRole('checkbox', { name: 'Kveld' }).check();
    await p.getByRole('checkbox', { name: 'Tirsdag' }).check();
    await p.getByRole('radio', { name: 'Fysisk', exact: true }).check();
    await expectAccessible(p, 'register an inquiry');
    await screenshot(p, 'register-inquiry');
    await p.getByRole('button', { name: 'Registrer' }).click();

    await p.getByRole('heading', { name: `Henvendelse fra ${NAME}` }).waitFor();
    await p.getByText(`Henvendelsen fra ${NAME} er registrert.`).waitFor();
    inquiryPath = new URL(p.url()).pathname;
    await expectAccessible(p, 'intake');

    for (const save of ['Lagre svaret', 'Lagre avtalen', 'Lagre samtalen']) {
      await p.getByRole('button', { name: save }).click();
      const step = p.locator('form').filter({ has: p.getByRole('button', { name: save }) });
      await step.getByRole('status').filter({ hasText: 'Lagret.' }).waitFor();
    }
    await p.getByText(/^Svart: /).waitFor();
    await p.getByText(/^Samtale holdt: /).waitFor();
    await screenshot(p, 'intake');
    await p.getByLabel('Utfall', { exact: true }).selectOption({ label: 'Satt på venteliste' });
    await p.getByRole('button', { name: 'Avslutt henvendelsen' }).click();
    await p.getByText(`${NAME} står nå på ventelisten.`).waitFor();
    await expectAccessible(p, 'intake done');
    await screenshot(p, 'intake-done');

    await p.getByRole('link', { name: 'Gå til ventelisten' }).click();
    await p.getByRole('heading', { name: 'Venteliste', level: 1 }).waitFor();
    await p.getByRole('cell', { name: NAME, exact: true }).waitFor();
    await p.getByLabel('Ukedag').selectOption({ label: 'Tirsdag' });
    await p.getByRole('cell', { name: NAME, exact: true }).waitFor();
    await expectAccessible(p, 'waitlist');
    await screenshot(p, 'waitlist');
  });

  it('a Trondheim coordinator sees none of it', async () => {
    expect(inquiryPath).toMatch(/^\/henvendelser\/[0-9a-f-]{36}$/);
    const p = await page();
    await signIn(p, 'coordinator@trondheim.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.getByText('LINK Trondheim').first().waitFor();
    await p.getByRole('link', { name: 'Henvendelser' }).click();
    await p.getByRole('heading', { name: 'Åpne henvendelser' }).waitFor();
    await p.getByRole('table').or(p.getByText('Ingen åpne henvendelser.')).waitFor();
    expect(await p.getByText(NAME).count()).toBe(0);
    await p.getByRole('link', { name: 'Venteliste' }).click();
    await p.getByRole('table').or(p.getByText('Ingen venter')).waitFor();
    expect(await p.getByText(NAME).count()).toBe(0);
    await p.goto(inquiryPath);
    await p.getByRole('alert').waitFor();
    expect(await p.getByText(NAME).count()).toBe(0);
    await expectAccessible(p, 'an inquiry of another centre');
    await screenshot(p, 'other-centre-inquiry');
  });
});

describe('a failed save', () => {
  async function fillForm(p: Page) {
    await p.goto('/henvendelser/ny');
    await p.getByRole('heading', { name: 'Registrer en henvendelse' }).waitFor();
    await p.getByRole('radio', { name: 'E-post' }).check();
    await p.getByRole('textbox', { name: 'Navn' }).fill('Torunn');
    await p.getByRole('textbox', { name: 'E-post' }).fill('torunn@example.no');
    await p.getByRole('checkbox', { name: 'Morgen' }).check();
  }

  async function expectFormKept(p: Page) {
    expect(await p.getByRole('textbox', { name: 'Navn' }).inputValue()).toBe('Torunn');
    expect(await p.getByRole('textbox', { name: 'E-post' }).inputValue()).toBe('torunn@example.no');
    expect(await p.getByRole('radio', { name: 'E-post' }).isChecked()).toBe(true);
    expect(await p.getByRole('checkbox', { name: 'Morgen' }).isChecked()).toBe(true);
  }

  it('shows what the API refused next to the field, and keeps everything typed', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await fillForm(p);
    await p.getByRole('textbox', { name: 'Telefon' }).fill('12');
    await p.getByRole('button', { name: 'Registrer' }).click();
    await p.getByText('Rett opp dette før du lagrer:').waitFor();
    // The message stands next to the phone field, which says it is invalid.
    const phone = p.getByRole('textbox', { name: 'Telefon' });
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await phone.getAttribute('aria-describedby')) ?? '';
    const description = await p.evaluate(
      (ids) =>
        ids
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      describedBy,
    );
    expect(description).toMatch(/telefonnummer/i);
    await expectFormKept(p);
    expect(await phone.inputValue()).toBe('12');
    await expectAccessible(p, 'register with an error');
    await screenshot(p, 'register-inquiry-error');
  });

  it('keeps the form when the network fails, and saves when it is back', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await fillForm(p);
    await p.route(GRAPHQL, (route) =>
      route.request().postData()?.includes('RegisterInquiry') ? route.abort() : route.continue(),
    );
    await p.getByRole('button', { name: 'Registrer' }).click();
    await p.getByText(/Fikk ikke kontakt med LINK/).waitFor();
    await expectFormKept(p);
    await p.unroute(GRAPHQL);
    await p.getByRole('button', { name: 'Registrer' }).click();
    await p.getByRole('heading', { name: 'Henvendelse fra Torunn' }).waitFor();
  });
});

describe('the session', () => {
  it('renews itself when the access token runs out', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    const before = await storedSession(p);
    await expireAccessToken(p);
    await p.reload();
    await p.getByRole('heading', { name: 'Frister for henvendelser' }).waitFor();
    const after = await storedSession(p);
    expect(after?.refreshToken).toBeDefined();
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
  });

  it('a reused refresh token signs out with a clear message', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    const stolen = await storedSession(p);
    // Someone else uses the refresh token first.
    const replay = await suite.server.client.request(
      `mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }`,
      { input: { refreshToken: stolen!.refreshToken } },
    );
    expect(replay.errors).toBeUndefined();
    await expireAccessToken(p);
    await p.getByRole('link', { name: 'Henvendelser' }).click();
    await p.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await p.getByText(/brukt to ganger og er avsluttet/).waitFor();
    expect(await storedSession(p)).toBeNull();
    await expectAccessible(p, 'signed out after reuse');
    await screenshot(p, 'signed-out-reused');
  });

  it('signs out', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('button', { name: 'Logg ut' }).click();
    await p.getByText('Du er logget ut.').waitFor();
    expect(await storedSession(p)).toBeNull();
  });

  it('lets a person in several centres choose one, and switch', async () => {
    const p = await page();
    await signIn(p, 'volunteer@bergen.demo.link');
    await p.getByRole('heading', { name: 'Velg senter' }).waitFor();
    await expectAccessible(p, 'choose a centre');
    await screenshot(p, 'choose-centre');
    await p.getByRole('button', { name: 'Arbeid i LINK Trondheim' }).click();
    const switcher = p.getByLabel('Bytt senter');
    await switcher.waitFor();
    expect(await switcher.inputValue()).toBe('trondheim');
    // A starter lands on their own page, not on the coordinator's day.
    await p.getByText('Dine grupper, kurs og det du skal lese i LINK Trondheim.').waitFor();
    await switcher.selectOption({ label: 'LINK Bergen og omegn' });
    await p.waitForFunction(
      () =>
        (document.getElementById('centre-switch') as HTMLSelectElement | null)?.value === 'bergen',
    );
    await p.getByText('Dine grupper, kurs og det du skal lese i LINK Bergen og omegn.').waitFor();
    await screenshot(p, 'centre-switched');
  });
});

describe('keyboard and phone width', () => {
  it('signs in with the keyboard alone, with a visible focus', async () => {
    const p = await page();
    await p.goto('/');
    await p.getByRole('heading', { name: 'Logg inn' }).waitFor();
    await p.keyboard.press('Tab');
    await p.keyboard.type('coordinator@bergen.demo.link');
    await p.keyboard.press('Tab');
    await p.keyboard.type('LinkDemo2026!');
    await p.keyboard.press('Tab');
    const outline = await p.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return {
        tag: document.activeElement!.tagName,
        outline: style.outlineStyle,
        shadow: style.boxShadow,
      };
    });
    expect(outline.tag).toBe('BUTTON');
    expect(outline.outline !== 'none' || outline.shadow !== 'none').toBe(true);
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
  });

  it('works at phone width', async () => {
    const p = await page(PHONE);
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'Frister for henvendelser' }).waitFor();
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await expectAccessible(p, 'today at phone width');
    await screenshot(p, 'today-phone');
    await p.goto('/henvendelser/ny');
    await p.getByRole('heading', { name: 'Registrer en henvendelse' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
      false,
    );
    await screenshot(p, 'register-inquiry-phone');
  });
});
