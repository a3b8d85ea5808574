import { Module } from '@nestjs/common';

import { ReportFactsScheduler } from './facts/report-facts.scheduler';
import { ReportFactsService } from './facts/report-facts.service';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';

@Module({
  providers: [ReportingService, ReportingResolver, ReportFactsService, ReportFactsScheduler],
})
export class ReportingModule {}
