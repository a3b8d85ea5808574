import type { GraphqlClient } from '@link/shared/testing';
import type { Page } from 'playwright-core';

import { expectAccessible, PHONE, screenshot, signIn } from './browser';
import { browserSuite } from './suite';

/**
 * A starter's and a volunteer's own page, the training library for readers and authors, and a
 * menu that shows each role only what it may use, in headless Chromium against the built API.
 */

const suite = browserSuite();
const { page } = suite;
let coordinator: GraphqlClient;
let starter: GraphqlClient;

const MY_GROUPS = `{ myGroups { name } }`;
const GROUPS = `{ groups(limit: 200) { items { name } } }`;
const MATERIALS = `{ materials(limit: 200) { items { id current { title } } } }`;
const REQUIRE = `mutation($id: ID!) { requireMaterial(id: $id) { material { id } } }`;
const INVITE = `mutation($input: InviteStaffMemberInput!) { inviteStaffMember(input: $input) { id } }`;

let requiredTitle = '';

beforeAll(async () => {
  coordinator = (await suite.server.client.signIn('coordinator@bergen.demo.link')).client;
  starter = (await suite.server.client.signIn('starter@bergen.demo.link')).client;
  // Bergen asks its starters to read one national text; Oslo invites Bergen's starter.
  const { materials } = await coordinator.data<{
    materials: { items: { id: string; current: { title: string } }[] };
  }>(MATERIALS);
  const national = materials.items.find((m) => m.current.title === 'Igangsetterens rolle');
  if (!national) throw new Error('The demo library has no "Igangsetterens rolle"');
  requiredTitle = national.current.title;
  await coordinator.data(REQUIRE, { id: national.id });
  const osloAdmin = (await suite.server.client.signIn('admin@oslo.demo.link')).client;
  await osloAdmin.data(INVITE, {
    input: {
      email: 'starter@bergen.demo.link',
      displayName: 'Igangsetter',
      role: 'STARTER',
      initialPassword: 'Ubrukt-passord-2026',
    },
  });
});
async function navLinks(p: Page): Promise<string[]> {
  return p.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link').allInnerTexts();
}

describe('a starter on a phone', () => {
  let p: Page;
  beforeAll(async () => {
    p = await page(PHONE);
    await signIn(p, 'starter@bergen.demo.link');
    await p.getByRole('heading', { name: 'Min side', level: 1 }).waitFor();
  });

  it('lands on their own page and sees their groups and nothing else', async () => {
    expect(new URL(p.url()).pathname).toBe('/min-side');
    expect(await navLinks(p)).toEqual(['Min side', 'Bibliotek']);
    const { myGroups } = await starter.data<{ myGroups: { name: string }[] }>(MY_GROUPS);
    const { groups } = await coordinator.data<{ groups: { items: { name: string }[] } }>(GROUPS);
    const section = p.getByRole('region', { name: 'Mine grupper' });
    await section.getByRole('heading', { level: 3 }).first().waitFor();
    const shown = await section.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(shown.sort()).toEqual(myGroups.map((g) => g.name).sort());
    const others = groups.items.map((g) => g.name).filter((name) => !shown.includes(name));
    expect(others.length).toBeGreaterThan(0);
    const text = await p.locator('main').innerText();
    for (const name of others) expect(text).not.toContain(name);
    await p.getByRole('region', { name: 'Dette skal du lese' }).getByText('Ikke lest').waitFor();
    await p.getByRole('button', { name: 'Bli med i LINK Oslo' }).waitFor();
    await expectAccessible(p, 'own page (starter)');
    await screenshot(p, 'own-page-starter-phone');
  });

  it('gets a friendly page, not an API error, at a staff address', async () => {
    await p.goto('/rom');
    await p.getByRole('heading', { name: 'Ikke for din rolle' }).waitFor();
    expect(await p.getByRole('alert').count()).toBe(0);
    await expectAccessible(p, 'not for your role');
    await screenshot(p, 'not-for-your-role-phone');
    await p.getByRole('link', { name: 'Gå til startsiden din' }).click();
    await p.getByRole('heading', { name: 'Min side', level: 1 }).waitFor();
  });

  it('reads the required text and marks it read', async () => {
    await p
      .getByRole('region', { name: 'Dette skal du lese' })
      .getByRole('link', { name: requiredTitle })
      .click();
    await p.getByRole('heading', { name: requiredTitle, level: 1 }).waitFor();
    expect(await p.getByRole('heading', { name: 'For forfattere' }).count()).toBe(0);
    await expectAccessible(p, 'material (reader)');
    await screenshot(p, 'material-reader-phone');
    await p.getByRole('button', { name: 'Jeg har lest dette' }).click();
    await p.getByText(/Du leste denne versjonen/).waitFor();
    await p.getByRole('link', { name: 'Min side' }).click();
    await p.getByRole('region', { name: 'Dette skal du lese' }).getByText('1 av 1 lest').waitFor();
  });

  it('searches in Norwegian and sees the marked excerpt', async () => {
    await p.getByRole('link', { name: 'Bibliotek' }).click();
    await p.getByRole('heading', { name: 'Opplæringsbibliotek' }).waitFor();
    expect(await p.getByRole('link', { name: 'Skriv nytt materiell' }).count()).toBe(0);
    await p.getByLabel('Søk i materiellet').fill('grupper');
    await p.getByRole('button', { name: 'Søk', exact: true }).click();
    await p.getByText(/treff for «grupper»/).waitFor();
    expect(await p.locator('.excerpt mark').count()).toBeGreaterThan(0);
    await expectAccessible(p, 'library search');
    await screenshot(p, 'library-search-phone');
  });

  it('accepts an invitation and works in the new centre at once', async () => {
    await p.getByRole('link', { name: 'Min side' }).click();
    await p.getByRole('button', { name: 'Bli med i LINK Oslo' }).click();
    await p.getByText('Dine grupper, kurs og det du skal lese i LINK Oslo.').waitFor();
    expect(await p.getByLabel('Bytt senter').inputValue()).toBe('oslo');
    expect(await p.getByRole('button', { name: /Bli med i/ }).count()).toBe(0);
  });
});

describe('a volunteer in two centres', () => {
  it('switches centre and sees each centre’s part', async () => {
    const p = await page();
    await signIn(p, 'volunteer@bergen.demo.link');
    await p.getByRole('button', { name: 'Arbeid i LINK Bergen og omegn' }).click();
    await p.getByRole('heading', { name: 'Min side', level: 1 }).waitFor();
    await p.getByText('Dine grupper, kurs og det du skal lese i LINK Bergen og omegn.').waitFor();
    const volunteer = p.getByRole('region', { name: 'Som frivillig' });
    await volunteer.getByText('Timer i alt').waitFor();
    const bergenGroups = await p
      .getByRole('region', { name: 'Mine grupper' })
      .getByRole('heading', { level: 3 })
      .allInnerTexts();

    // Hours logged here count in Bergen only.
    const before = await volunteer.locator('dt:has-text("Timer i alt") + dd').innerText();
    await volunteer.getByLabel('Timer', { exact: true }).fill('1,5');
    await volunteer.getByRole('button', { name: 'Før timene' }).click();
    await volunteer.getByText(/1,5 timer ført for/).waitFor();
    const after = await volunteer.locator('dt:has-text("Timer i alt") + dd').innerText();
    expect(after).not.toBe(before);
    await expectAccessible(p, 'own page (volunteer, Bergen)');
    await screenshot(p, 'own-page-volunteer-bergen');

    await p.getByLabel('Bytt senter').selectOption({ label: 'LINK Trondheim' });
    await p.getByText('Dine grupper, kurs og det du skal lese i LINK Trondheim.').waitFor();
    const groups = p.getByRole('region', { name: 'Mine grupper' });
    await groups.getByRole('heading', { level: 3 }).first().waitFor();
    const trondheimGroups = await groups.getByRole('heading', { level: 3 }).allInnerTexts();
    expect(trondheimGroups.length).toBeGreaterThan(0);
    for (const name of trondheimGroups) expect(bergenGroups).not.toContain(name);
    await groups
      .getByText(/Tirsdager kl\. 18:00/)
      .first()
      .waitFor();
    await p.getByRole('region', { name: 'Som frivillig' }).getByText('Timer i alt').waitFor();
    expect(
      await p
        .getByRole('region', { name: 'Som frivillig' })
        .locator('dt:has-text("Timer i alt") + dd')
        .innerText(),
    ).not.toBe(after);
    await expectAccessible(p, 'own page (volunteer, Trondheim)');
    await screenshot(p, 'own-page-volunteer-trondheim');
    await p.setViewportSize(PHONE);
    await screenshot(p, 'own-page-volunteer-trondheim-phone');
  });
});

describe('a coordinator writing material', () => {
  it('sees the staff menu and the library, writes, publishes, edits, rolls back and attaches', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    expect(await navLinks(p)).toEqual([
      'I dag',
      'Henvendelser',
      'Venteliste',
      'Grupper',
      'Rom',
      'Kurs',
      'Frivillige',
      'Igangsettere',
      'Rapporter',
      'Undersøkelser',
      'Min side',
      'Bibliotek',
    ]);
    await p.getByRole('link', { name: 'Bibliotek' }).click();
    await p.getByLabel('Vis').selectOption({ label: 'Senterets eget' });
    await p.getByRole('link', { name: 'Lokale møterom i Bergen og omegn' }).waitFor();
    expect(await p.getByRole('link', { name: requiredTitle }).count()).toBe(0);
    await p.getByRole('link', { name: 'Skriv nytt materiell' }).click();
    await p.getByRole('heading', { name: 'Nytt materiell' }).waitFor();
    await p.getByLabel('Tittel').fill('Velkommen som igangsetter i Bergen');
    await p.getByLabel('Sammendrag').fill('Det første du trenger å vite.');
    await p.getByLabel('Stikkord').fill('lokalt, igangsetting');
    await p
      .getByRole('textbox', { name: 'Tekst' })
      .fill(
        '# Velkommen\n\nDu er **viktig** for gruppene.\n\n- Møt opp\n- Lytt\n\n<script>alert(1)</script>',
      );
    await p.getByRole('button', { name: 'Forhåndsvis' }).click();
    await p.locator('.material-preview strong', { hasText: 'viktig' }).waitFor();
    expect(await p.locator('.material-preview script').count()).toBe(0);
    await p.locator('.material-preview').getByText('<script>alert(1)</script>').waitFor();
    await expectAccessible(p, 'new material (preview)');
    await screenshot(p, 'library-new-material-preview');
    await p.getByRole('button', { name: 'Lagre som utkast' }).click();

    await p
      .getByRole('heading', { name: 'Velkommen som igangsetter i Bergen', level: 1 })
      .waitFor();
    await p.getByText('Utkast', { exact: true }).waitFor();
    await p.getByRole('button', { name: 'Publiser siste versjon' }).click();
    await p.getByText('Publisert.').waitFor();

    await p.getByRole('link', { name: 'Rediger' }).click();
    await p.getByLabel('Tittel').fill('Velkommen, igangsetter');
    await p.getByRole('button', { name: 'Lagre ny versjon' }).click();
    await p.getByRole('heading', { name: 'Velkommen, igangsetter', level: 1 }).waitFor();
    await p.getByText('Versjon 2 (gjeldende)').waitFor();

    await p.getByRole('button', { name: 'Hent tilbake versjon 1' }).click();
    await p.getByRole('dialog').getByRole('button', { name: 'Hent tilbake versjon 1' }).click();
    await p.getByText('Versjon 1 er hentet tilbake som en ny versjon.').waitFor();
    await p
      .getByRole('heading', { name: 'Velkommen som igangsetter i Bergen', level: 1 })
      .waitFor();

    await p.getByLabel('Legg ved fil').setInputFiles({
      name: 'huskeliste.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Ta med nøkkel til rommet.\n'),
    });
    await p.getByText('huskeliste.txt er lagt ved.').waitFor();
    await p.getByRole('button', { name: /Last ned huskeliste\.txt/ }).waitFor();
    await expectAccessible(p, 'material (author)');
    await screenshot(p, 'library-material-author');

    await p.goto('/bibliotek/lesestatus');
    await p.getByRole('heading', { name: 'Lesestatus', level: 1 }).waitFor();
    await p.getByRole('link', { name: requiredTitle }).waitFor();
    await expectAccessible(p, 'reading status');
    await screenshot(p, 'library-reading-status');
  });
});
