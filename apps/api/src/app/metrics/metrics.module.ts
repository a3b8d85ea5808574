import { Module } from '@nestjs/common';

import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

@Module({
  controllers: [MetricsController],
  providers: [MetricsService, GraphqlMetricsPlugin],
})
export class MetricsModule {}
