import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { CentreEntity, TenantDatabase } from '@link/platform/tenancy';
import { type ReportTable, toCsv, toXlsx } from '@link/reporting';
import { ForbiddenError } from '@link/shared/errors';

import { SurveyFileFormat, SurveyHiddenReason, SurveyQuestionKind } from './survey.enums';
import type {
  SurveyFileModel,
  SurveyQuestionResultModel,
  SurveyResultScopeModel,
  SurveyResultsModel,
} from './survey.models';
import { surveyNotFound, SurveysService } from './surveys.service';

interface ResultRow {
  kind: 'RULES' | 'SCOPE' | 'COUNT' | 'TEXT';
  centre_id: string | null;
  question_id: string | null;
  option: string | null;
  value: string | null;
  reason: SurveyHiddenReason | null;
  text_value: string | null;
}

export const KIND_LABELS: Record<SurveyQuestionKind, string> = {
  SCALE: 'Skala 1–5',
  SINGLE: 'Ett valg',
  MULTIPLE: 'Flere valg',
  TEXT: 'Fritekst',
};

/**
 * Results come only from the database's `survey_results`, which counts, perturbs and hides as the
 * national figures do: this service names things and computes means from the published counts.
 */
@Injectable()
export class SurveyResultsService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly surveys: SurveysService,
  ) {}

  async results(id: string): Promise<SurveyResultsModel> {
    const survey = await this.surveys.visible(id);
    const manager = await this.db.manager();
    let rows: ResultRow[];
    try {
      rows = await manager.query<ResultRow[]>(`SELECT * FROM survey_results($1)`, [id]);
    } catch (error) {
      const code = (error as { driverError?: { code?: string } }).driverError?.code;
      if (code === 'L0404') throw surveyNotFound();
      if (code === 'L0403') throw new ForbiddenError();
      throw error;
    }
    const rules = rows.find((row) => row.kind === 'RULES') as ResultRow;
    const centreIds = rows
      .filter((row) => row.kind === 'SCOPE' && row.centre_id)
      .map((row) => row.centre_id as string);
    const centres =
      centreIds.length > 0
        ? await (await this.db.platform(CentreEntity)).findBy({ id: In(centreIds) })
        : [];
    const names = new Map(centres.map((centre) => [centre.id, centre.name]));
    const scopes: SurveyResultScopeModel[] = rows
      .filter((row) => row.kind === 'SCOPE')
      .map((scope) => ({
        centreId: scope.centre_id,
        centreName: scope.centre_id ? (names.get(scope.centre_id) ?? '') : 'Alle sentre',
        answers: scope.value === null ? null : Number(scope.value),
        hiddenReason: scope.reason,
        questions:
          scope.value === null
            ? []
            : survey.questions.map((question) =>
                questionResult(
                  question,
                  rows.filter(
                    (row) => row.centre_id === scope.centre_id && row.question_id === question.id,
                  ),
                ),
              ),
      }))
      .sort((a, b) =>
        a.centreId === null
          ? -1
          : b.centreId === null
            ? 1
            : a.centreName.localeCompare(b.centreName, 'nb'),
      );
    return {
      surveyId: survey.id,
      title: survey.title,
      minAnswers: Number(rules.value),
      threshold: Number(rules.option),
      scopes,
    };
  }

  async file(id: string, format: SurveyFileFormat): Promise<SurveyFileModel> {
    const results = await this.results(id);
    const table = toTable(results);
    const base = `undersokelse-${slug(results.title)}`;
    return format === SurveyFileFormat.CSV
      ? {
          filename: `${base}.csv`,
          contentType: 'text/csv; charset=utf-8',
          contentBase64: toCsv(table).toString('base64'),
        }
      : {
          filename: `${base}.xlsx`,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          contentBase64: (await toXlsx(table)).toString('base64'),
        };
  }
}

function questionResult(
  question: { id: string; kind: SurveyQuestionKind; text: string },
  rows: ResultRow[],
): SurveyQuestionResultModel {
  const counts = rows.filter((row) => row.kind === 'COUNT');
  const options = counts
    .filter((row) => row.option !== null)
    .map((row) => ({
      option: row.option as string,
      count: row.value === null ? null : Number(row.value),
      hiddenReason: row.reason,
    }));
  let mean: number | null = null;
  if (question.kind === SurveyQuestionKind.SCALE) {
    const shown = options.filter((option) => option.count !== null);
    const total = shown.reduce((sum, option) => sum + (option.count as number), 0);
    if (total > 0) {
      const sum = shown.reduce((s, o) => s + Number(o.option) * (o.count as number), 0);
      mean = Math.round((sum / total) * 10) / 10;
    }
  }
  const textCount = counts.find((row) => row.option === null);
  return {
    questionId: question.id,
    kind: question.kind,
    text: question.text,
    mean,
    answered:
      question.kind === SurveyQuestionKind.TEXT && textCount?.value != null
        ? Number(textCount.value)
        : null,
    options,
    textAnswers: rows.filter((row) => row.kind === 'TEXT').map((row) => row.text_value as string),
  };
}

function toTable(results: SurveyResultsModel): ReportTable {
  const shown = results.scopes;
  const questions = shown.find((scope) => scope.questions.length > 0)?.questions ?? [];
  const cell = (scope: SurveyResultScopeModel, questionId: string, option: string | null) => {
    if (scope.answers === null) return { value: null, suppressed: true };
    const question = scope.questions.find((q) => q.questionId === questionId);
    if (option === null) {
      if (question?.kind === SurveyQuestionKind.TEXT)
        return { value: question.answered, suppressed: question.answered === null };
      return { value: question?.mean ?? null, suppressed: false };
    }
    const count = question?.options.find((o) => o.option === option);
    return { value: count?.count ?? null, suppressed: count?.count == null };
  };
  const lines: ReportTable['lines'] = [
    {
      label: 'Antall svar',
      values: shown.map((scope) => ({ value: scope.answers, suppressed: scope.answers === null })),
    },
  ];
  for (const question of questions) {
    if (question.kind === SurveyQuestionKind.TEXT) {
      lines.push({
        label: `${question.text} (fritekst, antall som skrev noe)`,
        values: shown.map((scope) => cell(scope, question.questionId, null)),
      });
      continue;
    }
    for (const option of question.options) {
      lines.push({
        label: `${question.text}: ${option.option}`,
        values: shown.map((scope) => cell(scope, question.questionId, option.option)),
      });
    }
    if (question.kind === SurveyQuestionKind.SCALE) {
      lines.push({
        label: `${question.text}: gjennomsnitt`,
        values: shown.map((scope) => cell(scope, question.questionId, null)),
      });
    }
  }
  return {
    title: results.title,
    about: `Anonym undersøkelse (${KIND_LABELS.SCALE.toLowerCase()}, valg og fritekst). Fritekstsvar eksporteres ikke.`,
    periodLabel: 'hele undersøkelsen',
    footnote:
      `Resultater vises først når minst ${results.minAnswers} har svart. Antall er litt endret ` +
      `(som i de nasjonale tallene), og antall fra 1 til ${results.threshold - 1} vises ikke. ` +
      'Gjennomsnitt er regnet av de viste antallene.',
    columns: shown.map((scope) => scope.centreName),
    lines,
  };
}

function slug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'resultater'
  );
}
