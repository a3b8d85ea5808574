import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { LibraryMaterialEntity, MaterialVersionEntity } from './library.entities';
import { LibraryResolver } from './library.resolver';
import { LibraryService } from './library.service';

/** The training library: national and centre material, versions, publishing, search. */
@Module({
  imports: [TypeOrmModule.forFeature([LibraryMaterialEntity, MaterialVersionEntity])],
  providers: [LibraryService, LibraryResolver],
})
export class LibraryModule {}
