import type { GraphqlClient } from '@link/shared/testing';
import type { Page } from 'playwright-core';

import { DESKTOP, expectAccessible, PHONE, screenshot } from './browser';
import { browserSuite } from './suite';

/**
 * A centre's public pages, without signing in: the group finder and the interest form reveal no
 * member and no closed group's meeting place, in the page or in anything the API sent it.
 */

const suite = browserSuite();
const { page } = suite;
let coordinator: GraphqlClient;

/** What must never reach a public page: a member, a group's name, a closed group's room or link. */
const SECRETS = /Ragnhild|Hemmelig|Løvstakkveien|meet\.example|Onsdag formiddag/;

beforeAll(async () => {
  coordinator = (await suite.server.client.signIn('coordinator@bergen.demo.link')).client;
  const admin = (await suite.server.client.signIn('admin@bergen.demo.link')).client;
  await admin.data(
    `mutation { updateCentreProfile(input: { contactPhone: "55 30 10 10", contactEmail: "post@linkbergen.no", website: "https://linkbergen.no" }) { id } }`,
  );

  // A closed group that recruits, with a member and a room of its own ...
  const { createRoom } = await coordinator.data<{ createRoom: { id: string } }>(
    `mutation { createRoom(input: { name: "Hemmelig rom", address: "Løvstakkveien 7", municipality: "Bergen", capacity: 10, stepFree: true, freeOfCharge: true, availability: [{ weekday: THURSDAY, startsAt: "08:00", endsAt: "22:00" }] }) { id } }`,
  );
  const thursday = await group({
    name: 'Hemmelig torsdagsgruppe',
    weekday: 'THURSDAY',
    startTime: '18:00',
    format: 'PHYSICAL',
    municipality: 'Bergen',
  });
  await coordinator.data(
    `mutation($g: ID!, $r: ID!) { bookRoom(input: { groupId: $g, roomId: $r }) { id } }`,
    { g: thursday, r: createRoom.id },
  );
  await coordinator.data(
    `mutation($g: ID!, $p: ID!) { addGroupMember(input: { groupId: $g, participantId: $p }) { warnings } }`,
    { g: thursday, p: await waiting('Ragnhild') },
  );
  // ... and a digital one on a theme, whose meeting link stays the centre's.
  await group({
    name: 'Hemmelig digital gruppe',
    weekday: 'TUESDAY',
    startTime: '19:00',
    format: 'DIGITAL',
    composition: 'THEMED',
    theme: 'pårørende',
    meetingLink: 'https://meet.example.no/hemmelig',
  });
});
/** A closed group, recruiting. */
async function group(input: Record<string, unknown>): Promise<string> {
  const { createGroup } = await coordinator.data<{ createGroup: { id: string } }>(
    `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
    {
      input: { kind: 'CLOSED', composition: 'MIXED', startDate: '2027-01-04', ...input },
    },
  );
  await coordinator.data(
    `mutation($id: ID!) { changeGroupStatus(input: { id: $id, status: RECRUITING }) { id } }`,
    { id: createGroup.id },
  );
  return createGroup.id;
}

async function waiting(name: string): Promise<string> {
  const { registerInquiry } = await coordinator.data<{
    registerInquiry: { id: string; participant: { id: string } };
  }>(
    `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`,
    { input: { channel: 'PHONE', person: { displayName: name, municipality: 'Bergen' } } },
  );
  await coordinator.data(
    `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: JOINED_WAITLIST }) { id } }`,
    { id: registerInquiry.id },
  );
  return registerInquiry.participant.id;
}

/** Every GraphQL answer the page received, every script it loaded, and any token it sent. */
function record(p: Page) {
  const seen = { answers: [] as Promise<string>[], scripts: [] as string[], tokens: 0 };
  p.on('request', (request) => {
    if (request.headers()['authorization']) seen.tokens++;
  });
  p.on('response', (response) => {
    const url = response.url();
    if (url.endsWith('/graphql')) seen.answers.push(response.text());
    if (url.endsWith('.js')) seen.scripts.push(new URL(url).pathname);
  });
  return seen;
}

function cards(p: Page) {
  return p.locator('.public-groups > li');
}

describe("Bergen's public pages, without signing in", () => {
  it('finds groups by day and format, and shows no member or closed group’s address', async () => {
    const p = await page();
    const seen = record(p);
    await p.goto('/sentre/bergen');
    await p.getByRole('heading', { name: 'LINK Bergen og omegn', level: 1 }).waitFor();
    await p.getByText('4 grupper passer').waitFor();
    // The open group says where to come; the closed ones only their municipality.
    await p.getByText('Møtested: Kirkegata 5').waitFor();
    await p.getByRole('link', { name: '55 30 10 10' }).waitFor();
    await expectAccessible(p, 'public centre page');
    await screenshot(p, 'public-centre');
    await p.setViewportSize(PHONE);
    await expectAccessible(p, 'public centre page on a phone');
    await screenshot(p, 'public-centre-phone');
    await p.setViewportSize(DESKTOP);

    await p.getByLabel('Ukedag').selectOption({ label: 'Torsdag' });
    await p.getByText('Én gruppe passer').waitFor();
    expect(new URL(p.url()).search).toBe('?dag=torsdag');
    expect(await cards(p).count()).toBe(1);
    await p.getByText('Torsdager, kveld', { exact: true }).waitFor();
    await p.getByLabel('Ukedag').selectOption({ label: 'Alle' });
    await p.getByLabel('Fysisk eller digitalt').selectOption({ label: 'Digitalt' });
    await p.getByText('Tema: pårørende').waitFor();
    expect(await cards(p).count()).toBe(1);
    await p.getByLabel('Tid på døgnet').selectOption({ label: 'Morgen' });
    await p.getByText('Ingen grupper passer med disse valgene', { exact: false }).waitFor();
    await p.getByRole('button', { name: 'Vis alle gruppene' }).click();
    await p.getByText('4 grupper passer').waitFor();

    expect(await p.content()).not.toMatch(SECRETS);
    const answers = await Promise.all(seen.answers);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.join('\n')).not.toMatch(SECRETS);
    expect(seen.tokens).toBe(0);
    expect(await p.evaluate(() => localStorage.getItem('link.session'))).toBeNull();
    // Fast: none of the staff screens is loaded.
    expect(seen.scripts.filter((s) => /\/App-[\w-]+\.js$/.test(s))).toEqual([]);

    // On a phone, linked straight to the digital groups.
    const phone = await page(PHONE);
    await phone.goto('/sentre/bergen/finn-gruppe?format=digitalt');
    await phone.getByRole('heading', { name: 'Finn en gruppe', level: 1 }).waitFor();
    await phone.getByText('Én gruppe passer').waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(phone, 'public group finder on a phone');
    await screenshot(phone, 'public-finder-phone');

    await phone.goto('/sentre/finnes-ikke');
    await phone.getByText('Vi fant ikke dette senteret.').waitFor();
  });

  it('sends the interest form from a group in the finder, and the coordinator gets it', async () => {
    const p = await page(PHONE);
    const seen = record(p);
    await p.goto('/sentre/bergen');
    await p.getByRole('link', { name: /^Meld interesse for denne: Torsdager/ }).click();
    await p.getByRole('heading', { name: 'Meld interesse', level: 1 }).waitFor();
    const message = p.getByRole('textbox', { name: 'Melding (valgfritt)' });
    expect(await message.inputValue()).toMatch(/^Jeg er interessert i gruppen: Torsdager, kveld/);

    await p.getByRole('button', { name: 'Send' }).click();
    await p.getByText('Rett opp dette før du sender:').waitFor();
    expect(await p.getByLabel('Telefonnummer').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(p, 'public interest form with errors');
    await screenshot(p, 'public-form-errors-phone');

    await p.getByLabel('Fornavn eller kallenavn').fill('Solveig');
    await p.getByLabel('Telefonnummer').fill('922 33 444');
    await p.getByRole('checkbox', { name: 'Kveld' }).check();
    await p.getByLabel('Annet om når vi kan ta kontakt (valgfritt)').fill('ikke fredag');
    await p.getByRole('button', { name: 'Send' }).click();
    await p.getByRole('heading', { name: 'Henvendelsen er sendt' }).waitFor();
    await p.getByText(/tar kontakt innen ett døgn/).waitFor();
    await expectAccessible(p, 'public interest form, sent');
    await screenshot(p, 'public-form-sent-phone');
    expect(await p.content()).not.toMatch(SECRETS);
    expect((await Promise.all(seen.answers)).join('\n')).not.toMatch(SECRETS);
    expect(seen.tokens).toBe(0);

    const { inquiries } = await coordinator.data<{
      inquiries: {
        items: {
          id: string;
          source: string;
          channel: string;
          hasMessage: boolean;
          preferredContactTimes: string | null;
          participant: { displayName: string };
        }[];
      };
    }>(
      `{ inquiries(open: true, limit: 200) { items { id source channel hasMessage preferredContactTimes participant { displayName } } } }`,
    );
    const sent = inquiries.items.find((i) => i.participant.displayName === 'Solveig');
    expect(sent).toMatchObject({
      source: 'PUBLIC_FORM',
      channel: 'WEB_FORM',
      hasMessage: true,
      preferredContactTimes: 'Kveld, ikke fredag',
    });
    const { inquiryMessage } = await coordinator.data<{ inquiryMessage: string }>(
      `query($id: ID!) { inquiryMessage(id: $id) }`,
      { id: sent!.id },
    );
    expect(inquiryMessage).toMatch(/^Jeg er interessert i gruppen: Torsdager, kveld/);
  });
});
