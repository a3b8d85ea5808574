import { Column, Entity } from 'typeorm';

import { CentreOwnedEntity } from '@link/platform/database';

import type { SurveyQuestionJson } from './survey.enums';

/** A survey of one centre, or of the national office for the centres it names. */
@Entity('surveys')
export class SurveyEntity extends CentreOwnedEntity {
  @Column('text') title: string;
  @Column('text') intro: string;
  @Column('jsonb') questions: SurveyQuestionJson[];
  @Column('date') opensOn: string;
  @Column('date') closesOn: string;
  @Column('boolean') closed: boolean;
  @Column('integer', { nullable: true }) minAnswers: number | null;
  @Column('uuid', { array: true }) participatingCentres: string[];
}

/** How many codes were issued, the week and an optional label: never for whom. */
@Entity('survey_code_batches')
export class SurveyCodeBatchEntity extends CentreOwnedEntity {
  @Column('uuid') surveyTenantId: string;
  @Column('uuid') surveyId: string;
  @Column('integer') size: number;
  @Column('text') issuedWeek: string;
  @Column('text', { nullable: true }) label: string | null;
}
