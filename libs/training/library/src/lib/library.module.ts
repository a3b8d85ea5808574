import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import {
  LibraryMaterialEntity,
  MaterialReadEntity,
  MaterialRequirementEntity,
  MaterialVersionEntity,
} from './library.entities';
import { LibraryResolver } from './library.resolver';
import { LibraryService } from './library.service';
import { RequiredReadingService } from './required-reading.service';

/** The training library: national and centre material, versions, publishing, search. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      LibraryMaterialEntity,
      MaterialVersionEntity,
      MaterialRequirementEntity,
      MaterialReadEntity,
    ]),
  ],
  providers: [LibraryService, LibraryResolver, RequiredReadingService],
})
export class LibraryModule {}
