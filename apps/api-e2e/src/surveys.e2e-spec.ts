import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

import ExcelJS from 'exceljs';
import { Client } from 'pg';

import {
  errorCodes,
  type GraphqlClient,
  startTestServer,
  type TestServer,
} from '@link/shared/testing';

/** Anonymous surveys (issue 18, docs/decisions/0009-anonymous-surveys.md). */

let server: TestServer;
let anonymous: GraphqlClient;
let bergen: GraphqlClient;
let trondheim: GraphqlClient;
let national: GraphqlClient;
let bergenId: string;
let trondheimId: string;
let admin: Client;
/** Every plain code handed out in this file: none may be in a dump or a log. */
const handedOut: string[] = [];

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

const QUESTIONS = [
  { kind: 'SCALE', text: 'Hvor godt har gruppen hjulpet deg?', required: true },
  { kind: 'SINGLE', text: 'Vil du anbefale gruppen?', options: ['Ja', 'Nei'] },
  {
    kind: 'MULTIPLE',
    text: 'Hva har vært viktig?',
    options: ['Å bli hørt', 'Å lytte', 'Fellesskap'],
  },
  { kind: 'TEXT', text: 'Hva kan vi gjøre bedre?' },
];

const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id status national ownedHere questions { id kind options } } }`;
const ISSUE = `mutation($input: IssueSurveyCodesInput!) { issueSurveyCodes(input: $input) { codes batch { id size issuedWeek label } } }`;
const LOOKUP = `query($code: String!) { surveyByCode(code: $code) { state message title questions { id kind text options required } } }`;
const ANSWER = `mutation($input: AnswerSurveyInput!) { answerSurvey(input: $input) { outcome message } }`;
const RESULTS = `query($id: ID!) { surveyResults(id: $id) { minAnswers threshold scopes { centreId centreName answers hiddenReason questions { questionId kind mean answered options { option count hiddenReason } textAnswers } } } }`;

interface Scope {
  centreId: string | null;
  centreName: string;
  answers: number | null;
  hiddenReason: string | null;
  questions: {
    questionId: string;
    kind: string;
    mean: number | null;
    answered: number | null;
    options: { option: string; count: number | null; hiddenReason: string | null }[];
    textAnswers: string[];
  }[];
}

async function createSurvey(client: GraphqlClient, extra: Record<string, unknown> = {}) {
  const { createSurvey } = await client.data<{ createSurvey: { id: string; status: string } }>(
    CREATE,
    {
      input: {
        title: 'Tilbakemelding på gruppene',
        intro: 'Svarene er anonyme.',
        opensOn: today,
        closesOn: inDays(30),
        questions: QUESTIONS,
        ...extra,
      },
    },
  );
  return createSurvey;
}

async function issue(client: GraphqlClient, surveyId: string, size: number, label?: string) {
  const { issueSurveyCodes } = await client.data<{
    issueSurveyCodes: { codes: string[]; batch: { size: number; issuedWeek: string } };
  }>(ISSUE, { input: { surveyId, size, label } });
  handedOut.push(...issueSurveyCodes.codes);
  return issueSurveyCodes.codes;
}

function answer(code: string, n: number, text = `Mer tid til å snakke ${n}`) {
  return anonymous.request<{ answerSurvey: { outcome: string; message: string } }>(ANSWER, {
    input: {
      code,
      answers: [
        { questionId: 'q1', scale: (n % 5) + 1 },
        { questionId: 'q2', choice: n % 3 === 0 ? 'Nei' : 'Ja' },
        { questionId: 'q3', choices: ['Å bli hørt', 'Fellesskap'] },
        { questionId: 'q4', text },
      ],
    },
  });
}

async function results(client: GraphqlClient, id: string) {
  return (
    await client.data<{ surveyResults: { minAnswers: number; scopes: Scope[] } }>(RESULTS, { id })
  ).surveyResults;
}

beforeAll(async () => {
  // Request lines are logged at info: the test reads them for codes, answers and addresses.
  server = await startTestServer({ LOG_LEVEL: 'info' });
  anonymous = server.client;
  const b = await server.client.signIn('coordinator@bergen.demo.link');
  const t = await server.client.signIn('coordinator@trondheim.demo.link');
  bergen = b.client;
  trondheim = t.client;
  bergenId = b.me.activeCentre!.id;
  trondheimId = t.me.activeCentre!.id;
  national = (await server.client.signIn('editor@selvhjelp-norge.demo.link')).client;
  admin = new Client({ connectionString: server.database.adminUrl });
  await admin.connect();
});
afterAll(async () => {
  await admin?.end();
  await server?.stop();
});

describe('a centre survey', () => {
  let surveyId: string;
  let codes: string[];
  const logStart = { at: 0 };

  it('refuses a survey that does not add up, with a message per field', async () => {
    const response = await bergen.request(CREATE, {
      input: {
        title: 'Feil',
        opensOn: inDays(5),
        closesOn: inDays(2),
        minAnswers: 2,
        questions: [{ kind: 'SINGLE', text: 'Bare ett valg?', options: ['Ja'] }],
      },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const fields = (response.errors![0].extensions as { fields: { field: string }[] }).fields.map(
      (f) => f.field,
    );
    expect(fields).toEqual(
      expect.arrayContaining(['closesOn', 'minAnswers', 'questions.0.options']),
    );
    expect(
      errorCodes(
        await bergen.request(CREATE, {
          input: { title: '', opensOn: today, closesOn: today, questions: [] },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await bergen.request(CREATE, {
          input: {
            title: 'For flere',
            opensOn: today,
            closesOn: today,
            questions: QUESTIONS,
            centreIds: [trondheimId],
          },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('issues codes that open the survey without signing in', async () => {
    const survey = await createSurvey(bergen);
    surveyId = survey.id;
    expect(survey.status).toBe('OPEN');
    codes = await issue(bergen, surveyId, 12, 'Tirsdagsgruppa');
    expect(codes).toHaveLength(12);
    expect(new Set(codes).size).toBe(12);
    expect(codes[0]).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    logStart.at = server.output().length;
    const { surveyByCode } = await anonymous.data<{
      surveyByCode: { state: string; title: string; questions: unknown[] };
    }>(LOOKUP, { code: codes[0].toLowerCase().replace('-', ' ') });
    expect(surveyByCode.state).toBe('OK');
    expect(surveyByCode.title).toBe('Tilbakemelding på gruppene');
    expect(surveyByCode.questions).toHaveLength(4);
  });

  it('takes an answer once: the same code again gets a clear message', async () => {
    const first = await answer(codes[0], 0, 'Hemmelig fritekst ABC');
    expect(first.data?.answerSurvey.outcome).toBe('ACCEPTED');
    const again = await answer(codes[0], 1);
    expect(again.data?.answerSurvey).toEqual({
      outcome: 'USED',
      message: 'Denne koden er allerede brukt. Hver kode kan bare svare én gang.',
    });
    const lookup = await anonymous.data<{ surveyByCode: { state: string; title: string | null } }>(
      LOOKUP,
      { code: codes[0] },
    );
    expect(lookup.surveyByCode).toMatchObject({ state: 'USED', title: null });
    const unknown = await answer('AAAAA-BBBBB', 1);
    expect(unknown.data?.answerSurvey.outcome).toBe('UNKNOWN');
    const nonsense = await anonymous.data<{ surveyByCode: { state: string } }>(LOOKUP, {
      code: 'hei',
    });
    expect(nonsense.surveyByCode.state).toBe('UNKNOWN');
  });

  it('refuses an answer that does not fit the questions', async () => {
    const missing = await anonymous.request(ANSWER, {
      input: { code: codes[1], answers: [{ questionId: 'q2', choice: 'Kanskje' }] },
    });
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    // The code is still unused.
    const lookup = await anonymous.data<{ surveyByCode: { state: string } }>(LOOKUP, {
      code: codes[1],
    });
    expect(lookup.surveyByCode.state).toBe('OK');
  });

  it('accepts exactly one of ten simultaneous answers with the same code', async () => {
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, n) => answer(codes[1], n)));
    const accepted = outcomes.filter((o) => o.data?.answerSurvey.outcome === 'ACCEPTED');
    expect(accepted).toHaveLength(1);
    expect(outcomes.filter((o) => o.data?.answerSurvey.outcome === 'USED')).toHaveLength(9);
  });

  it('hides every result at k − 1 answers and shows them at k', async () => {
    await answer(codes[2], 2);
    await answer(codes[3], 3);
    const hidden = await results(bergen, surveyId);
    expect(hidden.minAnswers).toBe(5);
    expect(hidden.scopes).toEqual([
      expect.objectContaining({
        centreId: bergenId,
        answers: null,
        hiddenReason: 'FEW_ANSWERS',
        questions: [],
      }),
    ]);
    await answer(codes[4], 4);
    const shown = await results(bergen, surveyId);
    const scope = shown.scopes[0];
    expect(scope.answers).toBe(5);
    const q1 = scope.questions.find((q) => q.questionId === 'q1')!;
    expect(q1.options.map((o) => o.option)).toEqual(['1', '2', '3', '4', '5']);
    // Each scale value was chosen once: rare, hidden with the reason.
    for (const option of q1.options) {
      if (option.count === null) expect(option.hiddenReason).toBe('RARE_OPTION');
    }
    const q3 = scope.questions.find((q) => q.questionId === 'q3')!;
    expect(q3.options.find((o) => o.option === 'Å lytte')!.count).toBe(0);
    const text = scope.questions.find((q) => q.questionId === 'q4')!;
    expect(text.textAnswers).toHaveLength(5);
    expect(text.textAnswers).toContain('Hemmelig fritekst ABC');
  });

  it('keeps everything from another centre: not found, nothing returned', async () => {
    const attempts = [
      trondheim.request(`query($id: ID!) { survey(id: $id) { id } }`, { id: surveyId }),
      trondheim.request(RESULTS, { id: surveyId }),
      trondheim.request(
        `query($id: ID!) { surveyResultsFile(id: $id, format: CSV) { filename } }`,
        {
          id: surveyId,
        },
      ),
      trondheim.request(ISSUE, { input: { surveyId, size: 1 } }),
      trondheim.request(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, { id: surveyId }),
      trondheim.request(
        `mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { id } }`,
        {
          input: {
            id: surveyId,
            title: 'x',
            opensOn: inDays(3),
            closesOn: inDays(4),
            questions: QUESTIONS,
          },
        },
      ),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    }
    const { surveys } = await trondheim.data<{ surveys: { id: string }[] }>(`{ surveys { id } }`);
    expect(surveys.map((s) => s.id)).not.toContain(surveyId);
    // The national office and the analyst see nothing of a centre's survey either.
    expect(errorCodes(await national.request(RESULTS, { id: surveyId }))).toEqual(['NOT_FOUND']);
    const analyst = (await server.client.signIn('analyst@national.demo.link')).client;
    const refused = await analyst.request(RESULTS, { id: surveyId });
    expect(refused.data?.surveyResults ?? null).toBeNull();
    expect(JSON.stringify(refused)).not.toContain('Hemmelig fritekst');
  });

  it('cannot be edited once open; exports CSV and XLSX without free text', async () => {
    expect(
      errorCodes(
        await bergen.request(
          `mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { id } }`,
          {
            input: {
              id: surveyId,
              title: 'Ny',
              opensOn: today,
              closesOn: inDays(3),
              questions: QUESTIONS,
            },
          },
        ),
      ),
    ).toEqual(['CONFLICT']);
    const csv = await bergen.data<{
      surveyResultsFile: { filename: string; contentBase64: string };
    }>(`query($id: ID!) { surveyResultsFile(id: $id, format: CSV) { filename contentBase64 } }`, {
      id: surveyId,
    });
    expect(csv.surveyResultsFile.filename).toMatch(/\.csv$/);
    const csvText = Buffer.from(csv.surveyResultsFile.contentBase64, 'base64').toString('utf8');
    expect(csvText).toContain('Antall svar;5');
    expect(csvText).not.toContain('Hemmelig fritekst');
    const xlsx = await bergen.data<{
      surveyResultsFile: { filename: string; contentBase64: string };
    }>(`query($id: ID!) { surveyResultsFile(id: $id, format: XLSX) { filename contentBase64 } }`, {
      id: surveyId,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      Buffer.from(xlsx.surveyResultsFile.contentBase64, 'base64') as unknown as ArrayBuffer,
    );
    const cells: unknown[] = [];
    workbook.worksheets[0].eachRow((row) => cells.push(...(row.values as unknown[])));
    expect(cells).toContain('Tilbakemelding på gruppene');
    expect(cells).toContain('Antall svar');
    expect(cells).toContain(5);
  });

  it('logs no code, no answer and no address while answering', async () => {
    const log = server.output().slice(logStart.at);
    expect(log).toContain('/graphql');
    for (const code of codes.slice(0, 5)) {
      expect(log).not.toContain(code);
      expect(log).not.toContain(code.replace('-', ''));
    }
    expect(log).not.toContain('Hemmelig fritekst');
    expect(log).not.toContain('Mer tid til å snakke');
    expect(log).not.toContain('127.0.0.1');
    expect(log).not.toContain('remoteAddress');
  });
});

describe('a national survey', () => {
  let surveyId: string;
  let bergenCodes: string[];
  let trondheimCodes: string[];

  it('is made by the national office for the centres it names, whose staff issue the codes', async () => {
    expect(
      errorCodes(
        await national.request(CREATE, {
          input: { title: 'Nasjonal', opensOn: today, closesOn: inDays(9), questions: QUESTIONS },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const survey = await createSurvey(national, {
      title: 'Erfaringer med vold',
      centreIds: [bergenId, trondheimId],
    });
    surveyId = survey.id;
    expect(errorCodes(await national.request(ISSUE, { input: { surveyId, size: 3 } }))).toEqual([
      'FORBIDDEN',
    ]);
    const listed = await bergen.data<{
      surveys: { id: string; national: boolean; ownedHere: boolean; ownerName: string }[];
    }>(`{ surveys { id national ownedHere ownerName } }`);
    expect(listed.surveys.find((s) => s.id === surveyId)).toMatchObject({
      national: true,
      ownedHere: false,
    });
    bergenCodes = await issue(bergen, surveyId, 6);
    trondheimCodes = await issue(trondheim, surveyId, 4);
    for (let n = 0; n < 5; n++) await answer(bergenCodes[n], n, `Nasjonal fritekst ${n}`);
    for (let n = 0; n < 2; n++) await answer(trondheimCodes[n], n, `Trondheims fritekst ${n}`);
    // A centre taking part may not close or change the national office's survey.
    expect(
      errorCodes(
        await bergen.request(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, {
          id: surveyId,
        }),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('shows the country and only the centres above the threshold, never free text', async () => {
    await national.data(`mutation($id: ID!) { closeSurvey(id: $id) { status } }`, { id: surveyId });
    const office = await results(national, surveyId);
    const all = office.scopes.find((s) => s.centreId === null)!;
    expect(all.answers).toBe(7);
    expect(office.scopes.find((s) => s.centreId === bergenId)!.answers).toBe(5);
    expect(office.scopes.find((s) => s.centreId === trondheimId)).toMatchObject({
      answers: null,
      hiddenReason: 'FEW_ANSWERS',
      questions: [],
    });
    for (const scope of office.scopes)
      for (const question of scope.questions) expect(question.textAnswers).toEqual([]);
    expect(JSON.stringify(office)).not.toContain('fritekst');

    const own = await results(bergen, surveyId);
    expect(own.scopes.map((s) => s.centreId)).toEqual([bergenId]);
    const texts = own.scopes[0].questions.find((q) => q.questionId === 'q4')!.textAnswers;
    expect([...texts].sort()).toEqual([0, 1, 2, 3, 4].map((n) => `Nasjonal fritekst ${n}`));
    const theirs = await results(trondheim, surveyId);
    expect(theirs.scopes).toEqual([expect.objectContaining({ answers: null, questions: [] })]);
  });

  it('says a code has expired once the survey has closed, and not yet open before it opens', async () => {
    const closed = await answer(trondheimCodes[3], 3);
    expect(closed.data?.answerSurvey).toEqual({
      outcome: 'CLOSED',
      message: 'Undersøkelsen er avsluttet, og koden er utløpt.',
    });
    const later = await createSurvey(bergen, { opensOn: inDays(7), closesOn: inDays(14) });
    expect(later.status).toBe('PLANNED');
    const [code] = await issue(bergen, later.id, 1);
    const { surveyByCode } = await anonymous.data<{ surveyByCode: { state: string } }>(LOOKUP, {
      code,
    });
    expect(surveyByCode.state).toBe('NOT_OPEN');
    expect((await answer(code, 1)).data?.answerSurvey.outcome).toBe('NOT_OPEN');
  });
});

describe('a database dump', () => {
  it('holds nothing that joins an answer or a code to a person, and no time finer than a week', async () => {
    const { rows: columns } = await admin.query<{
      table_name: string;
      column_name: string;
      data_type: string;
    }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name IN ('survey_answers', 'survey_inbox', 'survey_codes', 'survey_code_batches')`,
    );
    expect(columns.filter((c) => /time|date|interval/.test(c.data_type))).toEqual([]);
    const names = new Set(columns.map((c) => c.column_name));
    for (const forbidden of [
      'user_id',
      'participant_id',
      'group_id',
      'membership_id',
      'ip',
      'code',
      'created_at',
      'answered_at',
    ])
      expect(names).not.toContain(forbidden);
    expect(
      columns
        .filter((c) => c.table_name === 'survey_answers')
        .map((c) => c.column_name)
        .sort(),
    ).toEqual(['answered_week', 'answers', 'id', 'survey_id', 'survey_tenant_id', 'tenant_id']);

    const dump = await dumpData(server.database.adminUrl);
    const surveyLines = dump
      .split('\n')
      .filter((line) => /survey/.test(line) || /fritekst/i.test(line));
    // Every id of a person the platform knows (users, participants, memberships, groups).
    const { rows: people } = await admin.query<{ id: string }>(
      `SELECT id::text FROM users UNION ALL SELECT id::text FROM participants
       UNION ALL SELECT id::text FROM memberships UNION ALL SELECT id::text FROM groups`,
    );
    const answerRows = await admin.query<{ row: string }>(
      `SELECT a::text AS row FROM survey_answers a UNION ALL SELECT i::text FROM survey_inbox i
       UNION ALL SELECT c::text FROM survey_codes c UNION ALL SELECT b::text FROM survey_code_batches b`,
    );
    expect(answerRows.rows.length).toBeGreaterThan(10);
    const joined = answerRows.rows.map((r) => r.row).join('\n');
    for (const person of people) expect(joined).not.toContain(person.id);
    // No plain code anywhere in the dump, in either form it was handed out in.
    expect(dump).toContain('Hemmelig fritekst ABC');
    expect(handedOut.length).toBeGreaterThan(20);
    for (const code of handedOut) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace('-', ''));
    }
    const { rows: hashes } = await admin.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM survey_codes`,
    );
    expect(hashes[0].n).toBeGreaterThan(20);
    expect(surveyLines.length).toBeGreaterThan(0);
  });
});

/** `pg_dump --data-only` of the whole database; row by row through SQL if pg_dump cannot. */
async function dumpData(url: string): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)('pg_dump', ['--data-only', url], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return stdout;
  } catch {
    const { rows: tables } = await admin.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`,
    );
    let out = '';
    for (const table of tables) {
      const { rows } = await admin.query<{ row: string }>(
        `SELECT t::text AS row FROM ${table.name} t`,
      );
      out += `-- ${table.name}\n${rows.map((r) => r.row).join('\n')}\n`;
    }
    return out;
  }
}
