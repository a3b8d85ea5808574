import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import {
  PoliceCertificateCheckEntity,
  VolunteerHoursEntity,
  VolunteerProfileEntity,
} from './volunteer.entities';
import { VolunteersResolver } from './volunteers.resolver';
import { VolunteersService } from './volunteers.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      VolunteerProfileEntity,
      PoliceCertificateCheckEntity,
      VolunteerHoursEntity,
    ]),
  ],
  providers: [VolunteersService, VolunteersResolver],
})
export class VolunteersModule {}
