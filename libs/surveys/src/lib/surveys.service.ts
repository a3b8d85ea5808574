import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';

import { Environment } from '@link/platform/config';
import { CentreEntity, RequestContext, TenantDatabase } from '@link/platform/tenancy';
import {
  BadUserInputError,
  ConflictError,
  type FieldProblem,
  ForbiddenError,
  NotFoundError,
} from '@link/shared/errors';
import { todayInNorway } from '@link/shared/graphql';

import { isoWeek, newSurveyCode, normaliseSurveyCode, surveyCodeHash } from './survey-codes';
import { SurveyCodeBatchEntity, SurveyEntity } from './survey.entities';
import { type SurveyQuestionJson, SurveyQuestionKind, SurveyStatus } from './survey.enums';
import type { IssueSurveyCodesInput, SurveyDetailsInput, UpdateSurveyInput } from './survey.inputs';
import type {
  IssuedSurveyCodesModel,
  SurveyCentreModel,
  SurveyCodeBatchModel,
  SurveyModel,
} from './survey.models';

export const surveyNotFound = () => new NotFoundError('undersøkelsen');

/**
 * Surveys for staff: a centre's own, and the national surveys it takes part in (row-level
 * security's `participating_centre` policy lets it read those). Codes are issued here; answers
 * and results are never read here (survey-results.service.ts, through the database's function).
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly environment: Environment,
  ) {}

  private get surveys() {
    return this.db.scoped(SurveyEntity);
  }

  async list(): Promise<SurveyModel[]> {
    const centreId = this.context.requireCentreId();
    const manager = await this.db.manager();
    const rows = await manager
      .getRepository(SurveyEntity)
      .createQueryBuilder('s')
      .where('(s.tenant_id = :centreId OR :centreId = ANY (s.participating_centres))', { centreId })
      .orderBy('s.opens_on', 'DESC')
      .addOrderBy('s.title')
      .getMany();
    return this.toModels(rows);
  }

  /** The centres a national survey can name; none unless the active centre is the national office. */
  async centres(): Promise<SurveyCentreModel[]> {
    if ((await this.homeCentre()).kind !== 'NATIONAL_OFFICE') return [];
    const centres = await (await this.db.platform(CentreEntity)).findBy({ kind: 'CENTRE' });
    return centres
      .map((centre) => ({ id: centre.id, name: centre.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  async get(id: string): Promise<SurveyModel> {
    return (await this.toModels([await this.visible(id)]))[0];
  }

  /** A survey the active centre owns or takes part in; another centre's is not found. */
  async visible(id: string): Promise<SurveyEntity> {
    const centreId = this.context.requireCentreId();
    const manager = await this.db.manager();
    const survey = await manager
      .getRepository(SurveyEntity)
      .createQueryBuilder('s')
      .where('s.id = :id', { id })
      .andWhere('(s.tenant_id = :centreId OR :centreId = ANY (s.participating_centres))', {
        centreId,
      })
      .getOne();
    if (!survey) throw surveyNotFound();
    return survey;
  }

  async create(input: SurveyDetailsInput): Promise<SurveyModel> {
    const details = await this.checked(input, null);
    const survey = await this.surveys.insert({ ...details, closed: false });
    return this.get(survey.id);
  }

  async update(input: UpdateSurveyInput): Promise<SurveyModel> {
    const survey = await this.surveys.findOne({ id: input.id });
    if (!survey) throw surveyNotFound();
    if (survey.opensOn <= todayInNorway() || survey.closed) {
      throw new ConflictError('Undersøkelsen har åpnet og kan ikke endres lenger.');
    }
    await this.surveys.update({ id: survey.id }, await this.checked(input, survey));
    return this.get(survey.id);
  }

  async close(id: string): Promise<SurveyModel> {
    const manager = await this.db.manager();
    const [{ closed }] = await manager.query<{ closed: boolean }[]>(
      `SELECT survey_close($1) AS closed`,
      [id],
    );
    if (!closed) throw surveyNotFound();
    return this.get(id);
  }

  async issueCodes(input: IssueSurveyCodesInput): Promise<IssuedSurveyCodesModel> {
    const survey = await this.visible(input.surveyId);
    const home = await this.homeCentre();
    if (home.kind !== 'CENTRE') {
      throw new ForbiddenError(
        'Landskontoret deler ikke ut koder: det gjør hvert senter som er med, til sine deltakere.',
      );
    }
    if (survey.tenantId !== home.id && !survey.participatingCentres.includes(home.id)) {
      throw surveyNotFound();
    }
    if (survey.closed || survey.closesOn < todayInNorway()) {
      throw new ConflictError('Undersøkelsen er avsluttet; det kan ikke lages flere koder.');
    }
    const batch = await this.db.scoped(SurveyCodeBatchEntity).insert({
      surveyTenantId: survey.tenantId,
      surveyId: survey.id,
      size: input.size,
      issuedWeek: isoWeek(new Date()),
      label: input.label || null,
    });
    const codes = new Set<string>();
    while (codes.size < input.size) codes.add(newSurveyCode());
    const hashes = [...codes].map((code) =>
      surveyCodeHash(this.environment.LOOKUP_HASH_KEY, normaliseSurveyCode(code) as string),
    );
    const manager = await this.db.manager();
    await manager.query(
      `INSERT INTO survey_codes (tenant_id, code_hash, survey_tenant_id, survey_id, batch_id)
       SELECT $1, h, $2, $3, $4 FROM unnest($5::text[]) AS h`,
      [home.id, survey.tenantId, survey.id, batch.id, hashes],
    );
    return { batch: toBatch(batch), codes: [...codes] };
  }

  private async homeCentre(): Promise<CentreEntity> {
    const centres = await this.db.platform(CentreEntity);
    return (await centres.findOneBy({ id: this.context.requireCentreId() })) as CentreEntity;
  }

  /** The input as stored, or a BAD_USER_INPUT naming each problem. */
  private async checked(
    input: SurveyDetailsInput,
    existing: SurveyEntity | null,
  ): Promise<Omit<SurveyEntity, 'id' | 'tenantId' | 'closed'>> {
    const problems: FieldProblem[] = [];
    const today = todayInNorway();
    if (input.closesOn < input.opensOn)
      problems.push({
        field: 'closesOn',
        messages: ['Sluttdatoen kan ikke være før startdatoen.'],
      });
    if (input.closesOn < today)
      problems.push({ field: 'closesOn', messages: ['Sluttdatoen kan ikke være passert.'] });
    if (!existing && input.opensOn < today)
      problems.push({ field: 'opensOn', messages: ['Startdatoen kan ikke være passert.'] });
    const manager = await this.db.manager();
    const [{ k }] = await manager.query<{ k: number }[]>(`SELECT survey_threshold() AS k`);
    if (input.minAnswers != null && input.minAnswers < k) {
      problems.push({
        field: 'minAnswers',
        messages: [`Minste antall svar kan ikke være under ${k}, samme grense som i rapportene.`],
      });
    }
    input.questions.forEach((question, index) => {
      const options = question.options.map((option) => option.trim());
      const choices = [SurveyQuestionKind.SINGLE, SurveyQuestionKind.MULTIPLE].includes(
        question.kind,
      );
      if (choices && options.length < 2)
        problems.push({
          field: `questions.${index}.options`,
          messages: ['Et flervalgsspørsmål trenger minst to svaralternativer.'],
        });
      if (!choices && options.length > 0)
        problems.push({
          field: `questions.${index}.options`,
          messages: ['Bare spørsmål med valg har svaralternativer.'],
        });
      if (new Set(options.map((o) => o.toLowerCase())).size !== options.length)
        problems.push({
          field: `questions.${index}.options`,
          messages: ['To svaralternativer er like.'],
        });
    });
    const home = await this.homeCentre();
    const centreIds = [...new Set(input.centreIds ?? [])];
    if (centreIds.length > 0) {
      if (home.kind !== 'NATIONAL_OFFICE') {
        problems.push({
          field: 'centreIds',
          messages: ['Bare landskontoret kan lage en undersøkelse for flere sentre.'],
        });
      } else {
        const centres = await (
          await this.db.platform(CentreEntity)
        ).findBy({ id: In(centreIds), kind: 'CENTRE' });
        if (centres.length !== centreIds.length)
          problems.push({ field: 'centreIds', messages: ['Ukjent senter.'] });
      }
    } else if (home.kind === 'NATIONAL_OFFICE') {
      problems.push({
        field: 'centreIds',
        messages: ['Velg sentrene som skal være med i undersøkelsen.'],
      });
    }
    if (problems.length > 0) {
      throw new BadUserInputError('Undersøkelsen kan ikke lagres slik den er.', problems);
    }
    const questions: SurveyQuestionJson[] = input.questions.map((question, index) => ({
      id: `q${index + 1}`,
      kind: question.kind,
      text: question.text,
      options: question.options.map((option) => option.trim()),
      required: question.required,
    }));
    return {
      title: input.title,
      intro: input.intro,
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      minAnswers: input.minAnswers ?? null,
      questions,
      participatingCentres: centreIds,
    };
  }

  private async toModels(rows: SurveyEntity[]): Promise<SurveyModel[]> {
    if (rows.length === 0) return [];
    const centreId = this.context.requireCentreId();
    const ids = new Set(rows.flatMap((row) => [row.tenantId, ...row.participatingCentres]));
    const centres = await (await this.db.platform(CentreEntity)).findBy({ id: In([...ids]) });
    const names = new Map(centres.map((centre) => [centre.id, centre.name]));
    const batches = await this.db
      .scoped(SurveyCodeBatchEntity)
      .find({ where: { surveyId: In(rows.map((row) => row.id)) } });
    const today = todayInNorway();
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      intro: row.intro,
      opensOn: row.opensOn,
      closesOn: row.closesOn,
      status:
        row.closed || row.closesOn < today
          ? SurveyStatus.CLOSED
          : row.opensOn > today
            ? SurveyStatus.PLANNED
            : SurveyStatus.OPEN,
      minAnswers: row.minAnswers,
      national: row.participatingCentres.length > 0,
      ownedHere: row.tenantId === centreId,
      ownerName: names.get(row.tenantId) ?? '',
      participatingCentres: row.participatingCentres
        .map((id) => ({ id, name: names.get(id) ?? '' }))
        .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      questions: row.questions,
      batches: batches
        .filter((batch) => batch.surveyId === row.id)
        .sort((a, b) => b.issuedWeek.localeCompare(a.issuedWeek))
        .map(toBatch),
    }));
  }
}

function toBatch(batch: SurveyCodeBatchEntity): SurveyCodeBatchModel {
  return { id: batch.id, size: batch.size, issuedWeek: batch.issuedWeek, label: batch.label };
}
