import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthModule } from '@link/platform/auth';

import { SurveyAnsweringService } from './survey-answering.service';
import { SurveyCodeBatchEntity, SurveyEntity } from './survey.entities';
import { SurveyResultsService } from './survey-results.service';
import { SurveyAnsweringResolver, SurveysResolver } from './surveys.resolver';
import { SurveysService } from './surveys.service';

@Module({
  imports: [AuthModule, TypeOrmModule.forFeature([SurveyEntity, SurveyCodeBatchEntity])],
  providers: [
    SurveysService,
    SurveyResultsService,
    SurveyAnsweringService,
    SurveysResolver,
    SurveyAnsweringResolver,
  ],
})
export class SurveysModule {}
