import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { errorCodes, type GraphqlClient } from '@link/shared/testing';

import { expectAccessible, PHONE, screenshot, SCREENSHOTS, signIn } from './browser';
import { browserSuite } from './suite';

/**
 * The participant page (contact details on demand and audited, export, erasure) and the rooms
 * page (create, find free, book), in headless Chromium against the built API.
 */

const suite = browserSuite();
const { page } = suite;
let coordinator: GraphqlClient;
let admin: GraphqlClient;

const REGISTER = `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`;
const CLOSE = `mutation($input: UpdateInquiryInput!) { updateInquiry(input: $input) { id } }`;
const AUDIT = `query($id: ID!) { auditEntries(participantId: $id, limit: 200) { items { action } } }`;
const PERSON = `query($id: ID!) { participant(id: $id) { id } }`;

beforeAll(async () => {
  coordinator = (await suite.server.client.signIn('coordinator@bergen.demo.link')).client;
  admin = (await suite.server.client.signIn('admin@bergen.demo.link')).client;
});
async function registerPerson(name: string, email: string): Promise<string> {
  const { registerInquiry } = await coordinator.data<{
    registerInquiry: { id: string; participant: { id: string } };
  }>(REGISTER, {
    input: {
      channel: 'PHONE',
      person: {
        displayName: name,
        phone: '+47 913 45 678',
        email,
        birthYear: 1979,
        municipality: 'Bergen',
      },
    },
  });
  // Onto the waitlist, where groups are suggested.
  await coordinator.data(CLOSE, {
    input: {
      id: registerInquiry.id,
      firstAnswerAt: new Date().toISOString(),
      conversationHeldAt: new Date().toISOString(),
      outcome: 'JOINED_WAITLIST',
    },
  });
  return registerInquiry.participant.id;
}

async function contactReads(id: string): Promise<number> {
  const { auditEntries } = await admin.data<{ auditEntries: { items: { action: string }[] } }>(
    AUDIT,
    { id },
  );
  return auditEntries.items.filter((e) => e.action === 'CONTACT_DETAILS_READ').length;
}

describe("a participant's page", () => {
  const NAME = 'Torunn';
  const EMAIL = 'torunn.e2e@example.no';
  let id = '';

  beforeAll(async () => {
    id = await registerPerson(NAME, EMAIL);
  });

  it('shows the person, and the contact details only on demand, each look audited once', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(`/deltakere/${id}`);
    await p.getByRole('heading', { name: `Deltaker: ${NAME}`, level: 1 }).waitFor();
    await p.getByRole('heading', { name: 'Grupper som passer' }).waitFor();
    await p.locator('.suggestions, .empty').first().waitFor();
    expect(await p.getByText(EMAIL).count()).toBe(0);
    await expectAccessible(p, 'participant');
    await screenshot(p, 'participant');

    const before = await contactReads(id);
    await p.getByRole('button', { name: 'Vis kontaktopplysninger' }).click();
    await p.getByText(EMAIL).waitFor();
    await p.getByText('Visningen er skrevet i loggen.').waitFor();
    expect(await contactReads(id)).toBe(before + 1);
    await expectAccessible(p, 'participant with contact details');
  });

  it('suggests groups that fit, with the reasons, and adds the person to one', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(`/deltakere/${id}`);
    const add = p.getByRole('button', { name: /^Legg til i / }).first();
    await add.waitFor();
    const group = ((await add.textContent()) ?? '').replace(/^Legg til i /, '');
    await add.click();
    await p.getByText(`${NAME} er lagt til i ${group}.`).waitFor();
    await p.getByText('I gruppe', { exact: true }).waitFor();
  });

  it('records and withdraws a consent, with Norwegian labels', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(`/deltakere/${id}`);
    await p
      .getByRole('button', { name: 'Registrer samtykke: Anonyme spørreundersøkelser' })
      .click();
    await p.getByText('Samtykket er registrert.').waitFor();
    await p.getByRole('button', { name: 'Trekk tilbake: Anonyme spørreundersøkelser' }).click();
    await p.getByText('Samtykket er trukket tilbake.').waitFor();
    await p
      .getByRole('button', { name: 'Registrer samtykke: Anonyme spørreundersøkelser' })
      .waitFor();
  });

  it('is usable at phone width', async () => {
    const p = await page(PHONE);
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(`/deltakere/${id}`);
    await p.getByRole('heading', { name: `Deltaker: ${NAME}`, level: 1 }).waitFor();
    await p.locator('.suggestions, .empty').first().waitFor();
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(p, 'participant at phone width');
    await screenshot(p, 'participant-phone');
  });

  it("a Trondheim coordinator who opens Bergen's person by address sees 'not found', not the person", async () => {
    const p = await page();
    await signIn(p, 'coordinator@trondheim.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(`/deltakere/${id}`);
    await p.getByText(/Fant ikke personen/).waitFor();
    expect(await p.getByText(NAME).count()).toBe(0);
    await expectAccessible(p, 'participant not found');
  });

  it('opens the erase question with the keyboard, and Escape leaves everything as it was', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(`/deltakere/${id}`);
    const erase = p.getByRole('button', { name: 'Slett personen' });
    await erase.focus();
    await p.keyboard.press('Enter');
    const dialog = p.getByRole('dialog', { name: `Slette ${NAME} for godt?` });
    await dialog.waitFor();
    // Focus is inside the dialog, on something that can be used from the keyboard.
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    await p.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Slett personen');
    await p.getByRole('heading', { name: `Deltaker: ${NAME}`, level: 1 }).waitFor();
    expect(errorCodes(await coordinator.request(PERSON, { id }))).toEqual([]);
  });

  it('exports everything as a file with a Norwegian name, then erases the person after a clear question', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(`/deltakere/${id}`);
    await p.getByRole('heading', { name: `Deltaker: ${NAME}`, level: 1 }).waitFor();

    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Last ned alt vi har lagret (innsyn)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^innsyn-torunn-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      person: { email: string; displayName: string };
    };
    expect(exported.person).toMatchObject({ email: EMAIL, displayName: NAME });
    await p.getByText(/Filen er lastet ned/).waitFor();

    await p.getByRole('button', { name: 'Slett personen' }).click();
    const dialog = p.getByRole('dialog', { name: `Slette ${NAME} for godt?` });
    await dialog.waitFor();
    await dialog.getByText('Slettingen kan ikke angres.').waitFor();
    await dialog.getByText(/anonyme tall for statistikken/).waitFor();
    await expectAccessible(p, 'erase dialog');
    // The dialog as the coordinator sees it, in the window (a full page would show the backdrop cut).
    await mkdir(SCREENSHOTS, { recursive: true });
    await p.screenshot({ path: join(SCREENSHOTS, 'participant-erase.png') });
    await dialog.getByRole('button', { name: 'Slett for godt' }).click();

    await p.getByRole('heading', { name: 'Venteliste', level: 1 }).waitFor();
    await p.getByText(`${NAME} er slettet. Bare anonyme tall er tatt vare på.`).waitFor();
    expect(errorCodes(await coordinator.request(PERSON, { id }))).toEqual(['NOT_FOUND']);
  });
});

describe('rooms', () => {
  const ROOM = 'Kirkebakken møterom';
  const GROUP = 'Mandagskveld på Askøy';

  beforeAll(async () => {
    await coordinator.data(
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: GROUP,
          kind: 'CLOSED',
          format: 'PHYSICAL',
          composition: 'MIXED',
          weekday: 'MONDAY',
          startTime: '18:00',
          municipality: 'Askøy',
          startDate: '2027-01-04',
        },
      },
    );
  });

  it('creates a room (errors next to the fields first), finds it free for a group and books it', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('link', { name: 'Rom', exact: true }).click();
    await p.getByRole('heading', { name: 'Rom', level: 1 }).waitFor();
    await p.getByRole('heading', { name: 'Finn ledig rom for en gruppe' }).waitFor();
    await expectAccessible(p, 'rooms');

    await p.getByRole('button', { name: 'Nytt rom' }).click();
    await p.getByRole('button', { name: 'Lagre rommet' }).click();
    await p.getByRole('link', { name: /Navn på rommet: Skriv navnet på rommet/ }).waitFor();
    expect(
      await p.getByRole('textbox', { name: 'Navn på rommet' }).getAttribute('aria-invalid'),
    ).toBe('true');
    await expectAccessible(p, 'new room with errors');

    await p.getByRole('textbox', { name: 'Navn på rommet' }).fill(ROOM);
    await p.getByRole('textbox', { name: 'Adresse' }).fill('Kirkebakken 2');
    await p.getByLabel('Kommune').selectOption('Askøy');
    await p.getByRole('textbox', { name: 'Antall plasser' }).fill('12');
    await p.getByLabel('Til', { exact: true }).fill('21:00');
    await p.getByRole('button', { name: 'Lagre rommet' }).click();
    await p.getByText(`Rommet ${ROOM} er registrert.`).waitFor();
    await p.getByRole('heading', { name: ROOM }).waitFor();

    await p.getByRole('button', { name: `Vis bookinger for ${ROOM}` }).click();
    await p.getByText('Ingen grupper har booket rommet.').waitFor();

    await p
      .getByLabel('Gruppe', { exact: true })
      .selectOption({ label: `${GROUP} (Mandag kl. 18:00)` });
    await p.getByRole('button', { name: 'Finn ledige rom' }).click();
    await p.getByRole('button', { name: `Book ${ROOM}` }).click();
    await p.getByText(`${ROOM} er booket for ${GROUP}.`).waitFor();

    await p.getByRole('button', { name: `Skjul bookinger for ${ROOM}` }).click();
    await p.getByRole('button', { name: `Vis bookinger for ${ROOM}` }).click();
    await p.getByRole('cell', { name: GROUP }).waitFor();
    await p.getByRole('cell', { name: 'Mandag 18:00–20:00' }).waitFor();
    await expectAccessible(p, 'rooms with a booking');
    await screenshot(p, 'rooms');
  });

  it('is usable at phone width', async () => {
    const p = await page(PHONE);
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto('/rom');
    await p.getByRole('heading', { name: ROOM }).waitFor();
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(p, 'rooms at phone width');
    await screenshot(p, 'rooms-phone');
  });
});

describe('an inquiry from the public interest form', () => {
  it('shows in Henvendelser with a clear label, and its message is read on demand', async () => {
    await suite.server.client.data(
      `mutation($input: InterestFormInput!) { submitInterestForm(input: $input) }`,
      {
        input: {
          centre: 'bergen',
          firstName: 'Nettskjema-Nora',
          email: 'nora.e2e@example.no',
          message: 'Jeg vil gjerne høre om grupper på kveldstid.',
          preferredTimes: 'Etter kl. 16',
        },
      },
    );
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('link', { name: 'Henvendelser' }).click();
    const row = p.getByRole('row').filter({ hasText: 'Nettskjema-Nora' });
    await row.getByText('Fra nettskjemaet').waitFor();
    await expectAccessible(p, 'inquiries with a public-form inquiry');
    await row.getByRole('link', { name: 'Nettskjema-Nora' }).click();
    await p.getByRole('heading', { name: 'Henvendelse fra Nettskjema-Nora' }).waitFor();
    await p.getByText('Nettskjema', { exact: true }).waitFor();
    await p.getByText('Etter kl. 16').waitFor();
    await p.getByRole('button', { name: 'Vis meldingen fra skjemaet' }).click();
    await p.getByText('Jeg vil gjerne høre om grupper på kveldstid.').waitFor();
    // Intake goes as for any other inquiry.
    await p.getByRole('button', { name: 'Lagre svaret' }).click();
    await p.getByText(/^Svart: /).waitFor();
    await expectAccessible(p, 'intake of a public-form inquiry');
    await p.getByRole('link', { name: 'Se alt om Nettskjema-Nora' }).click();
    await p.getByRole('heading', { name: 'Deltaker: Nettskjema-Nora' }).waitFor();
  });
});
