import { Module } from '@nestjs/common';

import { IntakeModule } from '@link/groups/intake';
import { CoursesModule } from '@link/training/courses';

import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

/** The retention rule across domains: one service, run by the timer and by the command. */
@Module({
  imports: [IntakeModule, CoursesModule],
  providers: [RetentionService, RetentionScheduler],
  exports: [RetentionService],
})
export class RetentionModule {}
