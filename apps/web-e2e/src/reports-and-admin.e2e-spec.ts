import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';

import { DESKTOP, expectAccessible, PHONE, screenshot, signIn } from './browser';
import { browserSuite } from './suite';

/**
 * Issue 15's screens 5 and 6 in headless Chromium against the built API: a centre's reports,
 * the national office's report with protected cells and a funder XLSX that opens, the centre
 * admin's administration, and the platform admin onboarding a centre. One sign-in per person.
 */

const suite = browserSuite();
const { page } = suite;

/** Checked with axe, then photographed at desktop and phone width (the artefacts to look at). */
async function look(p: Page, name: string): Promise<void> {
  await expectAccessible(p, name);
  await screenshot(p, name);
  await p.setViewportSize(PHONE);
  await screenshot(p, `${name}-phone`);
  await p.setViewportSize(DESKTOP);
}

describe('the national analyst', () => {
  let p: Page;
  beforeAll(async () => {
    p = await page();
    await signIn(p, 'analyst@national.demo.link');
  });

  it('lands on the national report: every centre and the country, protected cells with why', async () => {
    await p.getByRole('heading', { name: 'Nasjonal rapport', level: 1 }).waitFor();
    // A single month: small centres have counts of people under the threshold.
    const month = new Date();
    month.setDate(1);
    month.setMonth(month.getMonth() - 1);
    await p.getByLabel('Periodetype').selectOption('MONTH');
    await p.getByLabel('År').selectOption(String(month.getFullYear()));
    await p.getByLabel('Måned', { exact: true }).selectOption(String(month.getMonth() + 1));
    await p.getByRole('button', { name: 'Vis' }).click();
    const label = month.toLocaleDateString('nb-NO', { month: 'long', year: 'numeric' });
    await p.getByText(`Viser ${label}`).waitFor();
    const table = p.getByRole('table', { name: /^Alle tall/ });
    await table.getByRole('columnheader', { name: 'Hele landet' }).waitFor();
    await table.getByRole('columnheader', { name: 'LINK Bergen og omegn' }).waitFor();
    expect(
      await table.getByRole('cell', { name: /^Skjermet \(under \d+\)$/ }).count(),
    ).toBeGreaterThan(0);
    await p
      .getByText(/tall er skjermet\.$/)
      .first()
      .waitFor();
    await p.getByRole('figure', { name: /per senter$/ }).waitFor();
    await p.getByRole('figure', { name: /per måned$/ }).waitFor();
    await look(p, 'national-report');
  });

  it('picks a free period: counts of people are not published for it, and says so', async () => {
    await p.getByLabel('Periodetype').selectOption('FREE');
    const year = new Date().getFullYear() - 1;
    await p.getByLabel('Fra og med').fill(`${year}-02-01`);
    await p.getByLabel('Til og med').fill(`${year}-03-31`);
    await p.getByRole('button', { name: 'Vis' }).click();
    await p.getByText(`Viser februar–mars ${year}`).waitFor();
    const table = p.getByRole('table', { name: /^Alle tall/ });
    await table
      .getByRole('cell', { name: /^Ikke publisert/ })
      .first()
      .waitFor();
  });

  it('downloads a funder report as XLSX that opens with the figures on screen', async () => {
    await p.getByRole('link', { name: 'Tilskuddsrapporter' }).click();
    await p.getByRole('heading', { name: 'Tilskuddsrapporter', level: 1 }).waitFor();
    const title = await p.getByRole('heading', { level: 2 }).first().innerText();
    await p.getByRole('table').getByRole('columnheader', { name: 'Hele landet' }).waitFor();
    await look(p, 'funder-report');

    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Last ned XLSX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await p.getByText(`${download.suggestedFilename()} er lastet ned.`).waitFor();
    const workbook = new Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet('Rapport');
    expect(sheet).toBeDefined();
    const rows = sheet!.getSheetValues().filter(Boolean) as unknown[][];
    const cells = rows.map((row) => row.filter((c) => c != null).map(String));
    expect(cells[0]).toEqual([title]);
    const header = cells.find((row) => row[0] === 'Tall');
    expect(header).toContain('Hele landet');
    expect(header).toContain('LINK Bergen og omegn');
  });

  it('sees every centre since the start', async () => {
    await p.getByRole('link', { name: 'Siden starten' }).click();
    await p.getByRole('heading', { name: 'Siden starten', level: 1 }).waitFor();
    await p.getByRole('figure', { name: 'Siden starten per senter' }).waitFor();
    await p.getByRole('rowheader', { name: 'Hele landet' }).waitFor();
    await look(p, 'since-the-start-national');
  });
});

describe("Bergen's coordinator", () => {
  it("sees the centre's own figures and their months, but no administration", async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    expect(await p.getByRole('link', { name: 'Administrasjon' }).count()).toBe(0);
    await p.getByRole('link', { name: 'Rapporter' }).click();
    await p.getByRole('heading', { name: 'Senterets tall', level: 1 }).waitFor();
    await p.getByRole('table', { name: /^Alle tall/ }).waitFor();
    await p.getByLabel('Tall i diagrammet').selectOption('GROUPS_STARTED');
    await p.getByRole('figure', { name: /per måned$/ }).waitFor();
    await look(p, 'centre-report');
  });
});

describe("Bergen's centre admin", () => {
  let p: Page;
  beforeAll(async () => {
    // Something for the audit log: a person registered and their contact details looked at.
    const { client } = await suite.server.client.signIn('coordinator@bergen.demo.link');
    const { registerInquiry } = await client.data<{
      registerInquiry: { participant: { id: string } };
    }>(
      `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { participant { id } } }`,
      { input: { channel: 'PHONE', person: { displayName: 'Vilde', phone: '93 12 34 56' } } },
    );
    await client.data(`query($id: ID!) { participant(id: $id) { id contact { phone } } }`, {
      id: registerInquiry.participant.id,
    });
    p = await page();
    await signIn(p, 'admin@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
  });

  it('invites a coordinator and sees the invitation', async () => {
    await p.getByRole('link', { name: 'Administrasjon' }).click();
    await p.getByRole('heading', { name: 'Ansatte og roller', level: 1 }).waitFor();
    await p.getByRole('heading', { name: 'Koordinator Bergen og omegn' }).waitFor();
    await p.getByRole('textbox', { name: 'Navn' }).fill('Hedda Nilsen');
    await p.getByRole('textbox', { name: 'E-post' }).fill('hedda@example.no');
    await p.getByLabel('Første passord').fill('kort');
    await p.getByRole('button', { name: 'Send invitasjon' }).click();
    await p.getByText('Rett opp dette før du lagrer:').waitFor();
    await p.getByLabel('Første passord').fill('Et langt nok passord 2026');
    await p.getByRole('button', { name: 'Send invitasjon' }).click();
    await p.getByText('hedda@example.no er invitert.').waitFor();
    await p.getByRole('cell', { name: 'hedda@example.no', exact: true }).waitFor();
    await look(p, 'admin-staff');
  });

  it('changes the retention and adds a partner; the audit log lists what happened', async () => {
    await p.getByRole('link', { name: 'Senterets innstillinger' }).click();
    await p.getByRole('heading', { name: 'Senterets innstillinger', level: 1 }).waitFor();
    await p.getByLabel('Måneder uten aktivitet').fill('36');
    await p.getByRole('button', { name: 'Lagre sletting' }).click();
    await p.getByText('Slettefristen er lagret.').waitFor();
    await look(p, 'admin-settings');

    await p.getByRole('link', { name: 'Samarbeidspartnere og tjenester' }).click();
    await p.getByRole('button', { name: 'Ny samarbeidspartner' }).click();
    await p.getByRole('textbox', { name: 'Navn' }).fill('Askøy folkebibliotek');
    await p.getByLabel('Type').selectOption('LIBRARY');
    await p.getByRole('checkbox', { name: 'Låner ut møterom' }).check();
    await p.getByRole('button', { name: 'Lagre' }).click();
    await p.getByText('Askøy folkebibliotek er lagt til.').waitFor();
    await p.getByRole('rowheader', { name: 'Askøy folkebibliotek' }).waitFor();
    await look(p, 'admin-partners');

    await p.getByRole('link', { name: 'Logg' }).click();
    await p.getByRole('heading', { name: 'Logg', level: 1 }).waitFor();
    await p.getByRole('cell', { name: 'Kontaktopplysninger vist' }).first().waitFor();
    await p.getByRole('cell', { name: 'Koordinator Bergen og omegn' }).first().waitFor();
    await look(p, 'admin-audit');
  }, 120_000);
});

describe('the platform admin', () => {
  it('lands on the centres and onboards a new one with its first administrator', async () => {
    const p = await page();
    await signIn(p, 'platform-admin@national.demo.link');
    await p.getByRole('heading', { name: 'Sentre', level: 1 }).waitFor();
    await p.getByRole('rowheader', { name: 'LINK Bergen og omegn' }).waitFor();
    await p.getByLabel('Navn', { exact: true }).fill('LINK Stavanger');
    await p.getByLabel('Kortnavn').fill('stavanger');
    await p.getByLabel('Kommuner senteret dekker').fill('Stavanger\nSandnes');
    await p.getByLabel('Administratorens navn').fill('Siri Stavanger');
    await p.getByLabel('Administratorens e-post').fill('siri@stavanger.example.no');
    await p.getByLabel('Første passord').fill('Et langt nok passord 2026');
    await p.getByRole('button', { name: 'Opprett senteret' }).click();
    await p.getByText('LINK Stavanger er opprettet.').waitFor();
    await p.getByRole('rowheader', { name: 'LINK Stavanger' }).waitFor();
    await look(p, 'platform-centres');
  });
});
