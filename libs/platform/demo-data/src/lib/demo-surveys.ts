import type { Client } from 'pg';

const DAY = 86400_000;

/** The ISO week of a day, as survey answers keep it (never a finer time). */
function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / DAY + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

type Answer = Record<string, number | string | string[]>;

const GROUP_FEEDBACK = [
  {
    id: 'q1',
    kind: 'SCALE',
    text: 'Hvor trygg har du følt deg i gruppen?',
    options: [],
    required: true,
  },
  {
    id: 'q2',
    kind: 'SINGLE',
    text: 'Vil du anbefale gruppen til andre?',
    options: ['Ja', 'Nei', 'Vet ikke'],
    required: false,
  },
  {
    id: 'q3',
    kind: 'MULTIPLE',
    text: 'Hva har vært viktigst for deg?',
    options: ['Å bli hørt', 'Å høre andre', 'Fellesskapet', 'Det praktiske'],
    required: false,
  },
  {
    id: 'q4',
    kind: 'TEXT',
    text: 'Er det noe vi bør gjøre annerledes?',
    options: [],
    required: false,
  },
];

const NATIONAL = [
  {
    id: 'q1',
    kind: 'SCALE',
    text: 'Hvor godt har gruppen hjulpet deg?',
    options: [],
    required: true,
  },
  {
    id: 'q2',
    kind: 'SINGLE',
    text: 'Hvordan fant du fram til gruppen?',
    options: ['Nettsiden', 'Fastlegen eller NAV', 'Venner eller familie', 'Annet'],
    required: false,
  },
  {
    id: 'q3',
    kind: 'TEXT',
    text: 'Hva vil du si til Selvhjelp Norge?',
    options: [],
    required: false,
  },
];

/** Bergen's twelve answers to its autumn survey: enough to pass the threshold, with free text. */
function groupFeedbackAnswers(): Answer[] {
  const scale = [4, 5, 4, 3, 5, 4, 5, 4, 4, 5, 3, 4];
  const texts = ['Flere møter om kvelden.', 'Lengre pauser.', 'Et større rom.'];
  return scale.map((q1, i) => ({
    q1,
    q2: i === 7 ? 'Vet ikke' : 'Ja',
    q3: i % 3 === 0 ? ['Å bli hørt', 'Fellesskapet'] : ['Å høre andre', 'Fellesskapet'],
    ...(i % 4 === 0 ? { q4: texts[(i / 4) % texts.length] } : {}),
  }));
}

function nationalAnswers(count: number): Answer[] {
  const ways = ['Nettsiden', 'Fastlegen eller NAV', 'Venner eller familie', 'Nettsiden'];
  return Array.from({ length: count }, (_, i) => ({ q1: 3 + (i % 3), q2: ways[i % ways.length] }));
}

/**
 * Two surveys, so the survey screens show results in a demo: Bergen's own, closed, with twelve
 * answers; and Selvhjelp Norge's national one, open, with answers from Bergen and Trondheim and
 * too few from Oslo to be shown. The answers are written as the shuffle leaves them: in
 * survey_answers, with only their week. No codes: a code's plain text exists only when issued.
 */
export async function seedDemoSurveys(
  client: Client,
  centreIds: Map<string, string>,
  now = new Date(),
): Promise<void> {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const date = (days: number) => at(days).toISOString().slice(0, 10);
  const bergen = centreIds.get('bergen') as string;
  const national = centreIds.get('selvhjelp-norge') as string;

  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [bergen]);
  const { rows: existing } = await client.query(`SELECT 1 FROM surveys LIMIT 1`);
  if (existing.length > 0) return;
  const local = await insertSurvey(client, bergen, {
    title: 'Hvordan har gruppen vært for deg?',
    intro: 'Svarene brukes til å gjøre gruppene bedre. Det tar et par minutter.',
    questions: GROUP_FEEDBACK,
    opensOn: date(-45),
    closesOn: date(-10),
    participating: [],
  });
  await insertAnswers(client, bergen, bergen, local, groupFeedbackAnswers(), at(-20));

  await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [national]);
  const survey = await insertSurvey(client, national, {
    title: 'Nasjonal brukerundersøkelse 2026',
    intro: 'Selvhjelp Norge spør deltakere i hele landet. Svarene er anonyme.',
    questions: NATIONAL,
    opensOn: date(-14),
    closesOn: date(30),
    participating: ['bergen', 'oslo', 'trondheim', 'vestfold-telemark'].map(
      (slug) => centreIds.get(slug) as string,
    ),
  });
  for (const [slug, count] of [
    ['bergen', 8],
    ['trondheim', 6],
    ['oslo', 3],
  ] as const) {
    const centre = centreIds.get(slug) as string;
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [centre]);
    await insertAnswers(client, centre, national, survey, nationalAnswers(count), at(-7));
  }
}

async function insertSurvey(
  client: Client,
  tenantId: string,
  survey: {
    title: string;
    intro: string;
    questions: unknown[];
    opensOn: string;
    closesOn: string;
    participating: string[];
  },
): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO surveys (tenant_id, id, title, intro, questions, opens_on, closes_on, participating_centres)
     VALUES ($1, gen_random_uuid(), $2, $3, $4::jsonb, $5, $6, $7) RETURNING id`,
    [
      tenantId,
      survey.title,
      survey.intro,
      JSON.stringify(survey.questions),
      survey.opensOn,
      survey.closesOn,
      survey.participating,
    ],
  );
  return rows[0].id;
}

async function insertAnswers(
  client: Client,
  centreId: string,
  surveyTenantId: string,
  surveyId: string,
  answers: Answer[],
  answeredOn: Date,
): Promise<void> {
  await client.query(
    `INSERT INTO survey_answers (tenant_id, survey_tenant_id, survey_id, answered_week, answers)
     SELECT $1, $2, $3, $4, a FROM unnest($5::jsonb[]) AS a ORDER BY random()`,
    [
      centreId,
      surveyTenantId,
      surveyId,
      isoWeek(answeredOn),
      answers.map((a) => JSON.stringify(a)),
    ],
  );
}
