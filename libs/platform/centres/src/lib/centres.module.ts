import { Module } from '@nestjs/common';

import { AuthModule } from '@link/platform/auth';

import { CentresResolver } from './centres.resolver';
import { CentresService } from './centres.service';

@Module({
  imports: [AuthModule],
  providers: [CentresResolver, CentresService],
})
export class CentresModule {}
