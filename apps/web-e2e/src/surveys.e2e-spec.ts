import type { GraphqlClient } from '@link/shared/testing';

import { DESKTOP, expectAccessible, PHONE, screenshot, signIn } from './browser';
import { browserSuite } from './suite';

/**
 * Anonymous surveys (issue 18): the public answering page without signing in (from the link's
 * fragment), the used-code message, and the staff screens: list, form, codes and slips, results.
 */

// Stricter than the other specs: only the browser's failed-load line may be logged.
const suite = browserSuite(/Failed to load resource/);
const { page } = suite;
let coordinator: GraphqlClient;
let surveyId: string;
let codes: string[];

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { outcome } }`;

beforeAll(async () => {
  coordinator = (await suite.server.client.signIn('coordinator@bergen.demo.link')).client;
  const { createSurvey } = await coordinator.data<{ createSurvey: { id: string } }>(
    `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }`,
    {
      input: {
        title: 'Hvordan var gruppemøtene i høst?',
        intro: 'Svarene brukes til å gjøre gruppene bedre. Det tar et par minutter.',
        opensOn: today,
        closesOn: inDays(14),
        questions: [
          { kind: 'SCALE', text: 'Hvor trygg har du følt deg i gruppen?', required: true },
          {
            kind: 'SINGLE',
            text: 'Vil du anbefale gruppen til andre?',
            options: ['Ja', 'Nei', 'Vet ikke'],
          },
          {
            kind: 'MULTIPLE',
            text: 'Hva har vært viktigst for deg?',
            options: ['Å bli hørt', 'Å høre andre', 'Fellesskapet', 'Det praktiske'],
          },
          { kind: 'TEXT', text: 'Er det noe vi bør gjøre annerledes?' },
        ],
      },
    },
  );
  surveyId = createSurvey.id;
  const { issueSurveyCodes } = await coordinator.data<{ issueSurveyCodes: { codes: string[] } }>(
    `mutation($input: IssueSurveyCodesInput!) { issueSurveyCodes(input: $input) { codes } }`,
    { input: { surveyId, size: 8, label: 'Tirsdagsgruppa' } },
  );
  codes = issueSurveyCodes.codes;
  for (let n = 1; n <= 5; n++) {
    await suite.server.client.data(ANSWER, {
      input: {
        code: codes[n],
        answers: [
          { questionId: 'q1', scale: n < 4 ? 4 : 5 },
          { questionId: 'q2', choice: 'Ja' },
          { questionId: 'q3', choices: ['Å bli hørt', 'Fellesskapet'] },
          { questionId: 'q4', text: n % 2 ? 'Flere møter om kvelden.' : 'Lengre pauser.' },
        ],
      },
    });
  }
});
describe('the public answering page', () => {
  it('answers from the link without signing in, then says the code is used', async () => {
    const phone = await page(PHONE);
    await phone.goto(`/svar#kode=${codes[0]}`);
    await phone
      .getByRole('heading', { level: 1, name: 'Hvordan var gruppemøtene i høst?' })
      .waitFor();
    // The code leaves the address bar (and the history) at once.
    expect(new URL(phone.url()).hash).toBe('');
    await expectAccessible(phone, 'the answering page');
    await screenshot(phone, 'survey-answer-phone');

    await phone.getByRole('button', { name: 'Send svarene' }).click();
    await phone.getByText('Svar på dette spørsmålet.').first().waitFor();
    await phone.getByRole('radio', { name: '4' }).check();
    await phone.getByRole('radio', { name: 'Ja' }).check();
    await phone.getByRole('checkbox', { name: 'Fellesskapet' }).check();
    await phone.getByLabel(/Er det noe vi bør gjøre annerledes/).fill('Mer tid til hver enkelt.');
    await phone.getByRole('button', { name: 'Send svarene' }).click();
    await phone.getByRole('heading', { name: 'Takk for svarene!' }).waitFor();
    await expectAccessible(phone, 'the receipt');
    await screenshot(phone, 'survey-answered-phone');

    // A link opened anew (a fragment change alone would not load the page).
    await phone.goto('about:blank');
    await phone.goto(`/svar#kode=${codes[0]}`);
    await phone.getByText('Denne koden er allerede brukt.').waitFor();
    await expectAccessible(phone, 'a used code');
    await screenshot(phone, 'survey-code-used-phone');
    await phone.getByLabel('Koden din').fill('AAAAA-BBBBB');
    await phone.getByRole('button', { name: 'Åpne undersøkelsen' }).click();
    await phone.getByText('Vi finner ikke denne koden.').waitFor();
    await phone.context().close();
  });
});

describe('the staff screens', () => {
  it('lists surveys, issues codes as slips and shows protected results', async () => {
    const desk = await page(DESKTOP);
    await signIn(desk, 'coordinator@bergen.demo.link');
    await desk.getByRole('link', { name: 'Undersøkelser' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Anonyme undersøkelser' }).waitFor();
    await expectAccessible(desk, 'the survey list');

    await desk.getByRole('link', { name: 'Ny undersøkelse' }).click();
    await desk.getByRole('heading', { level: 1, name: 'Ny anonym undersøkelse' }).waitFor();
    await desk.getByRole('button', { name: 'Lagre undersøkelsen' }).click();
    await desk.getByText('Rett opp dette før du lagrer:').waitFor();
    await expectAccessible(desk, 'the survey form with errors');
    await screenshot(desk, 'survey-form-desktop');

    await desk.goto(`/undersokelser/${surveyId}`);
    await desk
      .getByRole('heading', { level: 1, name: 'Hvordan var gruppemøtene i høst?' })
      .waitFor();
    await desk.getByLabel('Antall koder').fill('4');
    await desk.getByLabel('Merkelapp (valgfritt)').fill('Torsdagsgruppa');
    await desk.getByRole('button', { name: 'Lag koder' }).click();
    await desk.getByText('4 nye koder. De vises bare nå.').waitFor();
    expect(await desk.locator('.survey-slip').count()).toBe(4);
    await expectAccessible(desk, 'the survey page with slips');
    await screenshot(desk, 'survey-codes-desktop');

    await desk.getByRole('link', { name: 'Se resultater' }).click();
    await desk.getByRole('heading', { level: 1, name: /Resultater/ }).waitFor();
    await desk.getByText('Flere møter om kvelden.').first().waitFor();
    await expectAccessible(desk, 'the results');
    await screenshot(desk, 'survey-results-desktop');
    await desk.setViewportSize(PHONE);
    await screenshot(desk, 'survey-results-phone');
    await desk.context().close();
  });
});
