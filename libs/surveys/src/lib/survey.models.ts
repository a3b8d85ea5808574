import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import {
  SurveyAnswerOutcome,
  SurveyCodeState,
  SurveyHiddenReason,
  SurveyQuestionKind,
  SurveyStatus,
} from './survey.enums';

@ObjectType('SurveyQuestion')
export class SurveyQuestionModel {
  @Field() id: string;
  @Field(() => SurveyQuestionKind) kind: SurveyQuestionKind;
  @Field() text: string;
  @Field(() => [String]) options: string[];
  @Field() required: boolean;
}

@ObjectType('SurveyCentre')
export class SurveyCentreModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('SurveyCodeBatch', {
  description: 'Codes issued together: how many, the week, a label. Never to whom.',
})
export class SurveyCodeBatchModel {
  @Field(() => ID) id: string;
  @Field(() => Int) size: number;
  @Field({ description: 'ISO week, e.g. 2026-W49.' }) issuedWeek: string;
  @Field(() => String, { nullable: true }) label: string | null;
}

@ObjectType('Survey')
export class SurveyModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() intro: string;
  @Field() opensOn: string;
  @Field() closesOn: string;
  @Field(() => SurveyStatus) status: SurveyStatus;
  @Field(() => Int, {
    nullable: true,
    description: 'Answers needed before results show; null: the reporting k.',
  })
  minAnswers: number | null;
  @Field({ description: 'Made by the national office for several centres.' }) national: boolean;
  @Field({ description: 'Made by the active centre (it may edit and close it).' })
  ownedHere: boolean;
  @Field() ownerName: string;
  @Field(() => [SurveyCentreModel]) participatingCentres: SurveyCentreModel[];
  @Field(() => [SurveyQuestionModel]) questions: SurveyQuestionModel[];
  @Field(() => [SurveyCodeBatchModel], { description: "The active centre's batches for it." })
  batches: SurveyCodeBatchModel[];
}

@ObjectType('IssuedSurveyCodes', {
  description: 'The plain codes, shown this once: only their keyed hashes are stored.',
})
export class IssuedSurveyCodesModel {
  @Field(() => SurveyCodeBatchModel) batch: SurveyCodeBatchModel;
  @Field(() => [String]) codes: string[];
}

@ObjectType('PublicSurvey', {
  description: 'What a code opens; the questions only when it can answer.',
})
export class PublicSurveyModel {
  @Field(() => SurveyCodeState) state: SurveyCodeState;
  @Field() message: string;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true }) intro: string | null;
  @Field(() => String, { nullable: true }) closesOn: string | null;
  @Field(() => [SurveyQuestionModel]) questions: SurveyQuestionModel[];
}

@ObjectType('SurveyAnswerReceipt')
export class SurveyAnswerReceiptModel {
  @Field(() => SurveyAnswerOutcome) outcome: SurveyAnswerOutcome;
  @Field() message: string;
}

@ObjectType('SurveyOptionCount')
export class SurveyOptionCountModel {
  @Field() option: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Perturbed as national figures are; null when hidden.',
  })
  count: number | null;
  @Field(() => SurveyHiddenReason, { nullable: true }) hiddenReason: SurveyHiddenReason | null;
}

@ObjectType('SurveyQuestionResult')
export class SurveyQuestionResultModel {
  @Field() questionId: string;
  @Field(() => SurveyQuestionKind) kind: SurveyQuestionKind;
  @Field() text: string;
  @Field(() => Float, {
    nullable: true,
    description: 'Scale questions: the mean of the published counts.',
  })
  mean: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Free text: how many wrote something (perturbed).',
  })
  answered: number | null;
  @Field(() => [SurveyOptionCountModel]) options: SurveyOptionCountModel[];
  @Field(() => [String], {
    description: 'Free text, in random order: only for the centre that collected it.',
  })
  textAnswers: string[];
}

@ObjectType('SurveyResultScope', {
  description: 'One centre, or every centre together (centreId null).',
})
export class SurveyResultScopeModel {
  @Field(() => ID, { nullable: true }) centreId: string | null;
  @Field() centreName: string;
  @Field(() => Int, { nullable: true }) answers: number | null;
  @Field(() => SurveyHiddenReason, { nullable: true }) hiddenReason: SurveyHiddenReason | null;
  @Field(() => [SurveyQuestionResultModel]) questions: SurveyQuestionResultModel[];
}

@ObjectType('SurveyResults')
export class SurveyResultsModel {
  @Field(() => ID) surveyId: string;
  @Field() title: string;
  @Field(() => Int) minAnswers: number;
  @Field(() => Int, { description: 'The reporting k: option counts from 1 to k−1 are hidden.' })
  threshold: number;
  @Field(() => [SurveyResultScopeModel]) scopes: SurveyResultScopeModel[];
}

@ObjectType('SurveyFile')
export class SurveyFileModel {
  @Field() filename: string;
  @Field() contentType: string;
  @Field() contentBase64: string;
}
