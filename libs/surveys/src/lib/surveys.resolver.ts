import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { Public, Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';
import { IdArgs } from '@link/shared/graphql';

import { SurveyAnsweringService } from './survey-answering.service';
import {
  AnswerSurveyInput,
  CreateSurveyInput,
  IssueSurveyCodesInput,
  SurveyCodeArgs,
  SurveyFileArgs,
  UpdateSurveyInput,
} from './survey.inputs';
import {
  IssuedSurveyCodesModel,
  PublicSurveyModel,
  SurveyCentreModel,
  SurveyAnswerReceiptModel,
  SurveyFileModel,
  SurveyModel,
  SurveyResultsModel,
} from './survey.models';
import { SurveyResultsService } from './survey-results.service';
import { SurveysService } from './surveys.service';

@Resolver(() => SurveyModel)
@Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
export class SurveysResolver {
  constructor(
    private readonly service: SurveysService,
    private readonly results: SurveyResultsService,
  ) {}

  @Query(() => [SurveyModel], {
    description: "The active centre's surveys and the national surveys it takes part in.",
  })
  surveys(): Promise<SurveyModel[]> {
    return this.service.list();
  }

  @Query(() => [SurveyCentreModel], {
    description:
      'The centres a national survey can name (public names); empty unless the active centre is the national office.',
  })
  surveyCentres(): Promise<SurveyCentreModel[]> {
    return this.service.centres();
  }

  @Query(() => SurveyModel)
  survey(@Args() { id }: IdArgs): Promise<SurveyModel> {
    return this.service.get(id);
  }

  @Mutation(() => SurveyModel, {
    description: 'A survey of the active centre; from the national office, for the centres named.',
  })
  createSurvey(@Args('input') input: CreateSurveyInput): Promise<SurveyModel> {
    return this.service.create(input);
  }

  @Mutation(() => SurveyModel, { description: 'Only before it opens.' })
  updateSurvey(@Args('input') input: UpdateSurveyInput): Promise<SurveyModel> {
    return this.service.update(input);
  }

  @Mutation(() => SurveyModel, { description: 'Closes a survey now; its codes expire.' })
  closeSurvey(@Args() { id }: IdArgs): Promise<SurveyModel> {
    return this.service.close(id);
  }

  @Mutation(() => IssuedSurveyCodesModel, {
    description:
      'A batch of one-time codes for the active centre’s people. The plain codes are in this answer only.',
  })
  issueSurveyCodes(@Args('input') input: IssueSurveyCodesInput): Promise<IssuedSurveyCodesModel> {
    return this.service.issueCodes(input);
  }

  @Query(() => SurveyResultsModel, {
    description: 'Protected counts and means; free text only for the centre that collected it.',
  })
  surveyResults(@Args() { id }: IdArgs): Promise<SurveyResultsModel> {
    return this.results.results(id);
  }

  @Query(() => SurveyFileModel, { description: 'The results as CSV or XLSX (no free text).' })
  surveyResultsFile(@Args() { id, format }: SurveyFileArgs): Promise<SurveyFileModel> {
    return this.results.file(id, format);
  }
}

/** The public answering page: no sign-in, no centre, nothing but the code. */
@Resolver()
export class SurveyAnsweringResolver {
  constructor(private readonly answering: SurveyAnsweringService) {}

  @Public()
  @Query(() => PublicSurveyModel, {
    description: 'Open to anyone with a code: the survey it answers, or why it cannot.',
  })
  surveyByCode(
    @Args() { code }: SurveyCodeArgs,
    @Context('req') request: Request,
  ): Promise<PublicSurveyModel> {
    return this.answering.lookup(code, request.ip ?? 'unknown');
  }

  @Public()
  @Mutation(() => SurveyAnswerReceiptModel, {
    description: 'Open to anyone with a code: answers once. Nothing links the answer to anyone.',
  })
  answerSurvey(
    @Args('input') input: AnswerSurveyInput,
    @Context('req') request: Request,
  ): Promise<SurveyAnswerReceiptModel> {
    return this.answering.answer(input, request.ip ?? 'unknown');
  }
}
