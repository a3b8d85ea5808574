import { Injectable } from '@nestjs/common';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

import { consumeOrRefuse, RateLimits } from '@link/platform/auth';
import { Environment } from '@link/platform/config';
import { TenantDatabase } from '@link/platform/tenancy';
import { BadUserInputError, type FieldProblem } from '@link/shared/errors';

import { normaliseSurveyCode, surveyCodeHash } from './survey-codes';
import {
  SurveyAnswerOutcome,
  SurveyCodeState,
  type SurveyQuestionJson,
  SurveyQuestionKind,
} from './survey.enums';
import type { AnswerSurveyInput } from './survey.inputs';
import type { PublicSurveyModel, SurveyAnswerReceiptModel } from './survey.models';

/** One message per state, the same whoever asks: nothing about other codes or answers. */
export const CODE_MESSAGES: Record<SurveyCodeState, string> = {
  OK: 'Koden kan brukes. Svarene dine er anonyme.',
  UNKNOWN: 'Vi finner ikke denne koden. Sjekk at du har skrevet den riktig.',
  USED: 'Denne koden er allerede brukt. Hver kode kan bare svare én gang.',
  NOT_OPEN: 'Undersøkelsen har ikke åpnet ennå. Prøv igjen senere.',
  CLOSED: 'Undersøkelsen er avsluttet, og koden er utløpt.',
};

export const ANSWER_MESSAGES: Record<SurveyAnswerOutcome, string> = {
  ACCEPTED: 'Takk! Svarene dine er sendt. Ingen kan se hvem som svarte hva.',
  UNKNOWN: CODE_MESSAGES.UNKNOWN,
  USED: CODE_MESSAGES.USED,
  NOT_OPEN: CODE_MESSAGES.NOT_OPEN,
  CLOSED: CODE_MESSAGES.CLOSED,
};

/** Generous: a whole room may answer at once from one network address. */
const LOOKUPS_PER_IP_PER_HOUR = 600;
const ANSWERS_PER_IP_PER_HOUR = 300;

/**
 * The public answering page's two operations. No sign-in and no centre: the code is hashed here
 * and the database's functions (survey_code_lookup, survey_submit) find it. The IP address is
 * used only as the rate limiter's key, never stored with anything or logged.
 */
@Injectable()
export class SurveyAnsweringService {
  private readonly lookups: RateLimiterAbstract;
  private readonly submissions: RateLimiterAbstract;

  constructor(
    limits: RateLimits,
    private readonly environment: Environment,
    private readonly db: TenantDatabase,
  ) {
    this.lookups = limits.create({
      keyPrefix: 'survey-lookup',
      points: LOOKUPS_PER_IP_PER_HOUR,
      durationSeconds: 3600,
    });
    this.submissions = limits.create({
      keyPrefix: 'survey-answer',
      points: ANSWERS_PER_IP_PER_HOUR,
      durationSeconds: 3600,
    });
  }

  async lookup(code: string, ip: string): Promise<PublicSurveyModel> {
    await consumeOrRefuse(this.lookups, ip, tooMany);
    const found = await this.find(code);
    const open = found.state === SurveyCodeState.OK;
    return {
      state: found.state,
      message: CODE_MESSAGES[found.state],
      title: open ? found.title : null,
      intro: open ? found.intro : null,
      closesOn: open ? found.closesOn : null,
      questions: open ? found.questions : [],
    };
  }

  async answer(input: AnswerSurveyInput, ip: string): Promise<SurveyAnswerReceiptModel> {
    await consumeOrRefuse(this.submissions, ip, tooMany);
    const found = await this.find(input.code);
    if (found.state !== SurveyCodeState.OK) {
      const outcome = found.state as unknown as SurveyAnswerOutcome;
      return { outcome, message: ANSWER_MESSAGES[outcome] };
    }
    const answers = checkedAnswers(found.questions, input);
    const manager = await this.db.manager();
    const [{ outcome }] = await manager.query<{ outcome: SurveyAnswerOutcome }[]>(
      `SELECT survey_submit($1, $2::jsonb) AS outcome`,
      [found.hash, JSON.stringify(answers)],
    );
    return { outcome, message: ANSWER_MESSAGES[outcome] };
  }

  private async find(typed: string): Promise<{
    state: SurveyCodeState;
    hash: string;
    title: string | null;
    intro: string | null;
    closesOn: string | null;
    questions: SurveyQuestionJson[];
  }> {
    const code = normaliseSurveyCode(typed);
    // A malformed code is looked up as a hash that cannot exist: the same work, the same answer.
    const hash = surveyCodeHash(this.environment.LOOKUP_HASH_KEY, code ?? `invalid:${typed}`);
    const manager = await this.db.manager();
    const [row] = await manager.query<
      {
        state: SurveyCodeState;
        title: string | null;
        intro: string | null;
        questions: SurveyQuestionJson[] | null;
        closes_on: string | null;
      }[]
    >(
      `SELECT state, title, intro, questions, to_char(closes_on, 'YYYY-MM-DD') AS closes_on
         FROM survey_code_lookup($1)`,
      [hash],
    );
    return {
      state: code ? row.state : SurveyCodeState.UNKNOWN,
      hash,
      title: row.title,
      intro: row.intro,
      closesOn: row.closes_on,
      questions: row.questions ?? [],
    };
  }
}

function tooMany(minutes: number): string {
  return `Det har kommet mange svar fra denne nettverksadressen. Prøv igjen om ${minutes} minutter.`;
}

/** The answers as stored: only known questions, each in the form its kind takes. */
function checkedAnswers(
  questions: SurveyQuestionJson[],
  input: AnswerSurveyInput,
): Record<string, number | string | string[]> {
  const problems: FieldProblem[] = [];
  const given = new Map(input.answers.map((answer) => [answer.questionId, answer]));
  const stored: Record<string, number | string | string[]> = {};
  for (const answer of input.answers) {
    if (!questions.some((question) => question.id === answer.questionId)) {
      problems.push({ field: `answers.${answer.questionId}`, messages: ['Ukjent spørsmål.'] });
    }
  }
  for (const question of questions) {
    const answer = given.get(question.id);
    const field = `answers.${question.id}`;
    let value: number | string | string[] | null = null;
    switch (question.kind) {
      case SurveyQuestionKind.SCALE:
        value = answer?.scale ?? null;
        break;
      case SurveyQuestionKind.SINGLE:
        value = answer?.choice ?? null;
        if (value !== null && !question.options.includes(value)) {
          problems.push({ field, messages: ['Velg et av svaralternativene.'] });
        }
        break;
      case SurveyQuestionKind.MULTIPLE: {
        const choices = [...new Set(answer?.choices ?? [])];
        if (choices.some((choice) => !question.options.includes(choice))) {
          problems.push({ field, messages: ['Velg blant svaralternativene.'] });
        }
        value = choices.length > 0 ? choices : null;
        break;
      }
      case SurveyQuestionKind.TEXT:
        value = answer?.text?.trim() || null;
        break;
    }
    if (value === null) {
      if (question.required) problems.push({ field, messages: ['Svar på dette spørsmålet.'] });
    } else {
      stored[question.id] = value;
    }
  }
  if (problems.length > 0) {
    throw new BadUserInputError('Noen av svarene mangler eller passer ikke.', problems);
  }
  return stored;
}
