import { registerEnumType } from '@nestjs/graphql';

export enum SurveyQuestionKind {
  SCALE = 'SCALE',
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
  TEXT = 'TEXT',
}

/** Whether a code can be used now; the public page's one answer about a code. */
export enum SurveyCodeState {
  OK = 'OK',
  UNKNOWN = 'UNKNOWN',
  USED = 'USED',
  NOT_OPEN = 'NOT_OPEN',
  CLOSED = 'CLOSED',
}

export enum SurveyAnswerOutcome {
  ACCEPTED = 'ACCEPTED',
  UNKNOWN = 'UNKNOWN',
  USED = 'USED',
  NOT_OPEN = 'NOT_OPEN',
  CLOSED = 'CLOSED',
}

export enum SurveyStatus {
  PLANNED = 'PLANNED',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum SurveyHiddenReason {
  FEW_ANSWERS = 'FEW_ANSWERS',
  RARE_OPTION = 'RARE_OPTION',
}

export enum SurveyFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/** A question as stored in `surveys.questions`: the id answers are keyed by. */
export interface SurveyQuestionJson {
  id: string;
  kind: SurveyQuestionKind;
  text: string;
  options: string[];
  required: boolean;
}

registerEnumType(SurveyQuestionKind, {
  name: 'SurveyQuestionKind',
  valuesMap: {
    SCALE: { description: 'A scale from 1 to 5.' },
    SINGLE: { description: 'One of the options.' },
    MULTIPLE: { description: 'Any of the options.' },
    TEXT: { description: 'Free text; shown only to the centre that collected it.' },
  },
});
registerEnumType(SurveyCodeState, {
  name: 'SurveyCodeState',
  description: 'Whether a code can answer now. Says nothing about other codes or answers.',
});
registerEnumType(SurveyAnswerOutcome, { name: 'SurveyAnswerOutcome' });
registerEnumType(SurveyStatus, { name: 'SurveyStatus' });
registerEnumType(SurveyHiddenReason, {
  name: 'SurveyHiddenReason',
  valuesMap: {
    FEW_ANSWERS: { description: 'Fewer answers than the survey’s minimum: nothing is shown.' },
    RARE_OPTION: { description: 'Too few chose this option to show how many.' },
  },
});
registerEnumType(SurveyFileFormat, { name: 'SurveyFileFormat' });
