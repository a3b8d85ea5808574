import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { STARTER_QUALIFICATION } from '@link/platform/auth';

import {
  CourseEnrolmentEntity,
  CourseEntity,
  CourseSessionEntity,
  SessionAttendanceEntity,
  StarterQualificationEntity,
} from './course.entities';
import { CoursesResolver } from './courses.resolver';
import { CoursesService } from './courses.service';
import { SharedTrainingResolver } from './shared-training.resolver';
import { SharedTrainingService } from './shared-training.service';

/** Courses and qualifications. Global, so the groups domain can ask STARTER_QUALIFICATION. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CourseEntity,
      CourseSessionEntity,
      CourseEnrolmentEntity,
      SessionAttendanceEntity,
      StarterQualificationEntity,
    ]),
  ],
  providers: [
    CoursesService,
    CoursesResolver,
    SharedTrainingService,
    SharedTrainingResolver,
    { provide: STARTER_QUALIFICATION, useExisting: CoursesService },
  ],
  exports: [CoursesService, STARTER_QUALIFICATION],
})
export class CoursesModule {}
