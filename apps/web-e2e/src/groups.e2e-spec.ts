import type { GraphqlClient } from '@link/shared/testing';

import { expectAccessible, PHONE, screenshot, signIn } from './browser';
import { browserSuite } from './suite';

/**
 * Issue 14's path through the groups screens, in headless Chromium against the built API:
 * people on the waitlist → a proposal becomes a group → more members → the group starts; and
 * another centre sees none of it.
 */

const suite = browserSuite();
const { page } = suite;
let bergen: GraphqlClient;
beforeAll(async () => {
  bergen = (await suite.server.client.signIn('coordinator@bergen.demo.link')).client;
});

/** Registered on the phone and put on the waitlist, all wishing for Saturday mornings in Askøy. */
async function waiting(name: string, birthYear: number): Promise<string> {
  const { registerInquiry } = await bergen.data<{
    registerInquiry: { id: string; participant: { id: string } };
  }>(
    `mutation($input: RegisterInquiryInput!) { registerInquiry(input: $input) { id participant { id } } }`,
    {
      input: {
        channel: 'PHONE',
        person: {
          displayName: name,
          birthYear,
          municipality: 'Askøy',
          preferences: { weekdays: ['SATURDAY'], timesOfDay: ['MORNING'], format: 'PHYSICAL' },
        },
      },
    },
  );
  await bergen.data(
    `mutation($id: ID!) { updateInquiry(input: { id: $id, outcome: JOINED_WAITLIST }) { id } }`,
    { id: registerInquiry.id },
  );
  return registerInquiry.participant.id;
}

const PEOPLE = ['Astrid', 'Birger', 'Cecilie', 'Dagfinn', 'Eirin', 'Frode'];
const LATER = 'Frode';
const GROUP = 'Lørdagsgruppa på Askøy';
const OPEN_GROUP = 'Åpen lunsjgruppe';

describe("Bergen's coordinator: from the waitlist to a group that starts", () => {
  let groupPath = '';

  beforeAll(async () => {
    for (const [i, name] of PEOPLE.entries()) await waiting(name, 1980 + i);
  });

  it('sees the groups board by status, filters it, and the proposals', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Grupper' })
      .click();
    await p.getByRole('heading', { name: 'Grupper', level: 1 }).waitFor();
    for (const status of ['Planlagt', 'Rekrutterer', 'Starter opp', 'Selvdrevet', 'Pause']) {
      await p
        .getByRole('heading', { name: new RegExp(`^${status} \\(\\d+ grupper?\\)$`) })
        .waitFor();
    }
    await p.getByRole('link', { name: 'Samlivsbrudd' }).waitFor();
    await expectAccessible(p, 'groups board');
    await screenshot(p, 'groups');

    await p.getByLabel('Vis status').selectOption({ label: 'Selvdrevet' });
    await p.getByRole('link', { name: 'Torsdagsgruppa' }).waitFor();
    expect(await p.getByRole('link', { name: 'Samlivsbrudd' }).count()).toBe(0);
    expect(await p.getByRole('heading', { name: /^Planlagt/ }).count()).toBe(0);

    await p.getByRole('link', { name: /^Forslag til nye grupper/ }).click();
    await p.getByRole('heading', { name: 'Forslag til nye grupper', level: 1 }).waitFor();
    await p.getByText(/Astrid/).waitFor();
    await expectAccessible(p, 'group proposals');
    await screenshot(p, 'group-proposals');
  });

  it('makes a proposal from I dag a group, with all but one of its people', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'Forslag til nye grupper' }).waitFor();
    const proposal = p.getByRole('listitem').filter({ hasText: 'Astrid' });
    await proposal.getByRole('link', { name: /^Lag gruppe av forslaget/ }).click();
    await p.getByRole('heading', { name: 'Ny gruppe fra forslag', level: 1 }).waitFor();
    for (const name of PEOPLE) {
      expect(await p.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    // From the proposal: Saturday, a morning time, in Askøy.
    expect(await p.getByLabel('Ukedag').inputValue()).toBe('SATURDAY');
    expect(await p.getByLabel('Klokkeslett').inputValue()).toBe('09:00');
    expect(await p.getByLabel('Kommune').inputValue()).toBe('Askøy');

    // Nothing typed is lost when the API refuses: too many places for a closed group.
    await p.getByRole('textbox', { name: 'Navn på gruppen' }).fill(GROUP);
    await p.getByRole('checkbox', { name: LATER }).uncheck();
    await expectAccessible(p, 'a group from a proposal');
    await screenshot(p, 'group-from-proposal');
    await p.getByRole('textbox', { name: 'Antall plasser' }).fill('12');
    await p.getByRole('button', { name: 'Lag gruppen' }).click();
    await p.getByText('Rett opp dette før du lagrer:').waitFor();
    const places = p.getByRole('textbox', { name: 'Antall plasser' });
    expect(await places.getAttribute('aria-invalid')).toBe('true');
    expect(await p.getByRole('textbox', { name: 'Navn på gruppen' }).inputValue()).toBe(GROUP);
    expect(await p.getByRole('checkbox', { name: LATER }).isChecked()).toBe(false);
    await expectAccessible(p, 'a group from a proposal, refused');
    await places.fill('8');

    await p.getByRole('button', { name: 'Lag gruppen' }).click();
    await p.getByRole('heading', { name: new RegExp(`^${GROUP}`), level: 1 }).waitFor();
    await p.getByText(`Gruppen «${GROUP}» er laget.`).waitFor();
    groupPath = new URL(p.url()).pathname;
    expect(groupPath).toMatch(/^\/grupper\/[0-9a-f-]{36}$/);
    const members = p.getByRole('region', { name: /^Medlemmer/ });
    await members.getByText('5 av 8', { exact: false }).waitFor();
    for (const name of PEOPLE.filter((n) => n !== LATER)) {
      expect(await members.getByRole('link', { name }).getAttribute('href')).toMatch(
        /^\/deltakere\//,
      );
    }
  });

  it('recruits, adds the one left out from the suggestions, and the group starts', async () => {
    expect(groupPath).not.toBe('');
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(groupPath);
    await p.getByRole('heading', { name: new RegExp(`^${GROUP}`), level: 1 }).waitFor();
    // Only the moves the API allows from "Planlagt".
    const lifecycle = p.getByRole('group', { name: 'Status for gruppen' });
    expect(await lifecycle.getByRole('button').allInnerTexts()).toEqual([
      'Start rekruttering',
      'Avslutt gruppen',
    ]);
    await lifecycle.getByRole('button', { name: 'Start rekruttering' }).click();
    await p.getByText('Status endret til «Rekrutterer».').waitFor();

    const suggestions = p.getByRole('region', { name: 'Forslag til medlemmer' });
    await suggestions.getByRole('button', { name: `Legg til ${LATER} i gruppen` }).click();
    await p.getByText(`${LATER} er lagt til i gruppen.`).waitFor();
    const members = p.getByRole('region', { name: /^Medlemmer/ });
    await members.getByRole('link', { name: LATER }).waitFor();
    await members.getByText('6 av 8', { exact: false }).waitFor();

    // Ending asks first, and says what happens; cancelling changes nothing.
    await lifecycle.getByRole('button', { name: 'Avslutt gruppen' }).click();
    await p.getByText(/Alle medlemmene går ut av gruppen i dag/).waitFor();
    await expectAccessible(p, 'a group, asking before it ends');
    await p.getByRole('button', { name: 'Avbryt' }).click();
    expect(await p.getByText(/Alle medlemmene går ut av gruppen i dag/).count()).toBe(0);

    await lifecycle.getByRole('button', { name: 'Start opp gruppen' }).click();
    await p.getByText('Status endret til «Starter opp».').waitFor();
    await p.getByRole('heading', { name: 'Historikk' }).waitFor();
    await p.getByText('Rekrutterer → Starter opp').waitFor();

    // A follow-up, logged from the page.
    const followUps = p.getByRole('region', { name: 'Oppfølging' });
    await followUps.getByLabel('Hvordan').selectOption({ label: 'Besøk' });
    await followUps.getByRole('button', { name: 'Registrer oppfølging' }).click();
    await followUps.getByRole('status').filter({ hasText: 'Lagret.' }).waitFor();
    await followUps.getByText(/: Besøk/).waitFor();
    await expectAccessible(p, 'a group');
    await screenshot(p, 'group');

    await p.goto('/grupper?status=STARTING');
    await p.getByRole('link', { name: GROUP }).waitFor();
  });

  it('the group page works at phone width', async () => {
    const p = await page(PHONE);
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(groupPath);
    await p.getByRole('heading', { name: new RegExp(`^${GROUP}`), level: 1 }).waitFor();
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow).toBe(false);
    await expectAccessible(p, 'a group at phone width');
    await screenshot(p, 'group-phone');
  });

  it('asks before ending with the keyboard alone, with a visible focus, and cancelling returns', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto(groupPath);
    await p.getByRole('heading', { name: new RegExp(`^${GROUP}`), level: 1 }).waitFor();
    const end = p.getByRole('button', { name: 'Avslutt gruppen' });
    await end.focus();
    await p.keyboard.press('Enter');
    await p.getByText(/Alle medlemmene går ut av gruppen i dag/).waitFor();
    expect(await p.evaluate(() => !!document.activeElement?.closest('.confirm'))).toBe(true);
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    const focused = await p.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return {
        text: document.activeElement!.textContent,
        outline: style.outlineStyle,
        shadow: style.boxShadow,
      };
    });
    expect(focused.text).toBe('Avbryt');
    expect(focused.outline !== 'none' || focused.shadow !== 'none').toBe(true);
    await p.keyboard.press('Enter');
    expect(await p.getByText(/Alle medlemmene går ut av gruppen i dag/).count()).toBe(0);
    await p.waitForFunction(() => document.activeElement?.textContent === 'Avslutt gruppen');
    await p.getByText('Gruppen er nå: Starter opp. Neste steg:').waitFor();
  });

  it('plans an open group with "Ny gruppe", and records how many came', async () => {
    const p = await page();
    await signIn(p, 'coordinator@bergen.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.goto('/grupper');
    await p.getByRole('link', { name: 'Ny gruppe' }).click();
    await p.getByRole('heading', { name: 'Ny gruppe', level: 1 }).waitFor();
    await p.getByRole('textbox', { name: 'Navn på gruppen' }).fill(OPEN_GROUP);
    await p.getByRole('radio', { name: 'Åpen' }).check();
    await p.getByLabel('Ukedag').selectOption({ label: 'Onsdag' });
    await p.getByLabel('Klokkeslett').fill('12:00');
    await p.getByLabel('Kommune').selectOption('Bergen');
    await p.getByRole('textbox', { name: 'Antall plasser' }).fill('15');
    await expectAccessible(p, 'a new group');
    await screenshot(p, 'new-group');
    await p.getByRole('button', { name: 'Lag gruppen' }).click();
    await p.getByRole('heading', { name: new RegExp(`^${OPEN_GROUP}`), level: 1 }).waitFor();
    await p.getByText('Åpen, fysisk, på tvers').waitFor();

    const headCounts = p.getByRole('region', { name: 'Oppmøte' });
    await headCounts.getByRole('textbox', { name: 'Antall som kom' }).fill('7');
    await headCounts.getByRole('button', { name: 'Registrer oppmøte' }).click();
    await headCounts.getByText(/: 7 personer$/).waitFor();
    // A second count for the same day is refused, and the number typed stays.
    await headCounts.getByRole('textbox', { name: 'Antall som kom' }).fill('9');
    await headCounts.getByRole('button', { name: 'Registrer oppmøte' }).click();
    await headCounts.getByText(/Oppmøtet for denne dagen er alt registrert/).waitFor();
    expect(await headCounts.getByRole('textbox', { name: 'Antall som kom' }).inputValue()).toBe(
      '9',
    );
    await expectAccessible(p, 'an open group');
    await headCounts.getByRole('checkbox', { name: /Rett et tall/ }).check();
    await headCounts.getByRole('button', { name: 'Registrer oppmøte' }).click();
    await headCounts.getByText(/: 9 personer$/).waitFor();
    expect(await headCounts.getByText(/: 7 personer$/).count()).toBe(0);
  });

  it('a Trondheim coordinator sees none of it', async () => {
    const p = await page();
    await signIn(p, 'coordinator@trondheim.demo.link');
    await p.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
    await p.getByText('LINK Trondheim').first().waitFor();
    await p
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Grupper' })
      .click();
    await p.getByRole('heading', { name: 'Grupper', level: 1 }).waitFor();
    await p.getByRole('heading', { name: /^Starter opp \(/ }).waitFor();
    expect(await p.getByText(GROUP).count()).toBe(0);
    expect(await p.getByText(OPEN_GROUP).count()).toBe(0);
    await p.goto(groupPath);
    await p.getByText(/Fant ikke gruppen/).waitFor();
    expect(await p.getByText(GROUP).count()).toBe(0);
    for (const name of PEOPLE) expect(await p.getByText(name).count()).toBe(0);
    await expectAccessible(p, 'a group of another centre');
    await screenshot(p, 'other-centre-group');
  });
});
