import type { Page } from 'playwright-core';

import { DESKTOP, expectAccessible, PHONE, screenshot, signIn } from './browser';
import { browserSuite } from './suite';

/**
 * Issue 15, screens 3 and 4, in headless Chromium against the built API: a national course
 * enrols a Trondheim volunteer and qualifies her. Selvhjelp Norge's editor announces a course
 * open to every centre (its first session was held last week); Trondheim's coordinator enrols
 * her new volunteer; the editor records attendance; Trondheim sees her qualified in its starter
 * directory, then clears her as a volunteer (police certificate, agreement).
 */

const suite = browserSuite();
let editor: Page;
let trondheim: Page;

const COURSE = 'Nasjonalt igangsetterkurs, vinter';
const VOLUNTEER = 'Ny frivillig i Trondheim';

const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() + offset * 86400_000),
  );

async function signedIn(email: string): Promise<Page> {
  const page = await suite.page();
  await signIn(page, email);
  await page.getByRole('heading', { name: 'I dag', level: 1 }).waitFor();
  return page;
}

/** Desktop and phone screenshots of the page as it is, and no horizontal scrolling on the phone. */
async function both(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PHONE.width);
  await screenshot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

beforeAll(async () => {
  [editor, trondheim] = await Promise.all([
    signedIn('editor@selvhjelp-norge.demo.link'),
    signedIn('coordinator@trondheim.demo.link'),
  ]);
});

describe('a national course enrols a Trondheim volunteer and qualifies her', () => {
  it("Selvhjelp Norge's editor announces a course open to every centre", async () => {
    const p = editor;
    await p.getByRole('link', { name: 'Kurs', exact: true }).click();
    await p.getByRole('heading', { name: 'Kurs', level: 1 }).waitFor();
    await p.getByRole('link', { name: 'Åpne kurset Nasjonalt igangsetterkurs' }).waitFor();
    await expectAccessible(p, 'courses');

    await p.getByRole('button', { name: 'Nytt kurs' }).click();

    await p.getByRole('textbox', { name: 'Tittel' }).fill(COURSE);
    await p.getByRole('textbox', { name: 'Beskrivelse' }).fill('Rammer, roller og verktøy.');
    await p.getByRole('textbox', { name: 'Antall plasser' }).fill('10');
    await p.getByRole('checkbox', { name: /Åpent for andre sentre/ }).check();
    const first = p.getByRole('group', { name: 'Samling 1' });
    await first.getByLabel('Dato').fill(day(-3));
    await first.getByLabel('Klokkeslett').fill('10:00');
    await first.getByRole('textbox', { name: 'Sted' }).fill('Selvhjelp Norge, Oslo');
    await p.getByRole('button', { name: 'Legg til samling' }).click();
    const second = p.getByRole('group', { name: 'Samling 2' });
    await second.getByLabel('Dato').fill(day(10));
    await second.getByRole('checkbox', { name: 'Digitalt' }).check();
    await second.getByRole('checkbox', { name: 'Obligatorisk' }).uncheck();
    await expectAccessible(p, 'new course');
    await screenshot(p, 'course-new');
    await p.getByRole('button', { name: 'Opprett kurset' }).click();

    await p.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await p.getByText(`Kurset «${COURSE}» er opprettet.`).waitFor();
    await p.getByText('Ingen er påmeldt ennå.').waitFor();
  });

  it("Trondheim's coordinator enrols her new volunteer on it", async () => {
    const p = trondheim;
    await p.getByRole('link', { name: 'Kurs', exact: true }).click();
    const enrol = p.getByLabel(`Hvem skal på ${COURSE}?`);
    await enrol.waitFor();
    await p.getByText('Holdes av Selvhjelp Norge').first().waitFor();
    await enrol.selectOption({ label: VOLUNTEER });
    await p
      .getByRole('listitem')
      .filter({ has: enrol })
      .getByRole('button', { name: 'Meld på' })
      .click();
    await p.getByText(`${VOLUNTEER} er påmeldt på ${COURSE}.`).waitFor();
    const row = p.getByRole('row').filter({ hasText: COURSE });
    await row.getByText('Påmeldt').waitFor();
    await expectAccessible(p, 'courses (Trondheim)');
    await both(p, 'courses');
    // Taking her off asks first; changing one's mind keeps her place.
    await row.getByRole('button', { name: `Meld av ${VOLUNTEER}` }).click();
    const dialog = p.getByRole('dialog', { name: `Melde ${VOLUNTEER} av kurset?` });
    await dialog.waitFor();
    await expectAccessible(p, 'withdrawal confirmation');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Påmeldt').waitFor();
  });

  it('the editor records attendance at the mandatory session, and that qualifies her', async () => {
    const p = editor;
    await p.getByRole('link', { name: 'Kurs', exact: true }).click();
    await p.getByRole('link', { name: `Åpne kurset ${COURSE}` }).click();
    await p.getByRole('heading', { name: COURSE, level: 1 }).waitFor();
    await p.getByText('fra LINK Trondheim').waitFor();
    // The optional session lies ahead: nothing to tick there yet.
    await p.getByLabel('Samling', { exact: true }).selectOption({ index: 1 });
    await p.getByText('Samlingen har ikke begynt ennå', { exact: false }).waitFor();
    await p.getByLabel('Samling', { exact: true }).selectOption({ index: 0 });
    await p.getByRole('checkbox', { name: `${VOLUNTEER} var til stede` }).click();
    await p.getByText(`${VOLUNTEER} har fullført kurset.`).waitFor();
    await p.getByText('Kvalifisert som igangsetter').waitFor();
    await p.getByText('1 av 1 obligatoriske samlinger').waitFor();
    await expectAccessible(p, 'course');
    await both(p, 'course');
  });

  it('Trondheim sees her qualified in its starter directory, not yet cleared', async () => {
    const p = trondheim;
    // She is still on the courses page from before: it shows the host's record when she looks again.
    await p.reload();
    await p
      .getByRole('row')
      .filter({ hasText: COURSE })
      .getByText('Fullført – kvalifisert som igangsetter')
      .waitFor();

    await p.getByRole('link', { name: 'Igangsettere', exact: true }).click();
    await p.getByRole('heading', { name: 'Igangsetterkatalog', level: 1 }).waitFor();
    const card = p.getByRole('listitem').filter({ hasText: VOLUNTEER });
    await card.getByText(/^gyldig til /).waitFor();
    await card.getByText('Kan ikke tildeles nå').waitFor();
    await expectAccessible(p, 'starter directory');
    await both(p, 'starter-directory');

    await p.getByRole('link', { name: 'Frivillige', exact: true }).click();
    await p.getByRole('heading', { name: 'Frivillige', level: 1 }).waitFor();
    await p.getByRole('heading', { name: 'Må følges opp' }).waitFor();
    await expectAccessible(p, 'volunteers');
    await both(p, 'volunteers');
  });

  it('Trondheim clears her as a volunteer: police certificate, agreement, hours', async () => {
    const p = trondheim;
    await p.getByRole('row').filter({ hasText: VOLUNTEER }).getByRole('link').click();

    await p.getByRole('heading', { name: VOLUNTEER, level: 1 }).waitFor();
    await p.getByText('Ingen politiattest er vist her.').waitFor();
    await p.getByRole('button', { name: 'Registrer vist politiattest' }).click();
    await p.getByText('Politiattesten er registrert.').waitFor();
    await p.getByRole('button', { name: 'Registrer signert taushetserklæring' }).click();
    await p.getByText('Taushetserklæringen er registrert.').waitFor();
    await p.getByRole('textbox', { name: /^Timer/ }).fill('2,5');
    await p.getByRole('button', { name: 'Før timer' }).click();
    await p.getByText('Timene er ført.').waitFor();
    await p.getByText('2,5 timer i alt her.').waitFor();
    await expectAccessible(p, 'volunteer');
    await both(p, 'volunteer');

    await p.getByRole('link', { name: 'Se igangsetterkatalogen' }).first().click();
    await p
      .getByRole('listitem')
      .filter({ hasText: VOLUNTEER })
      .getByText('Kan tildeles', { exact: true })
      .waitFor();
  });
});
