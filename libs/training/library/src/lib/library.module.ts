import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import {
  LibraryMaterialEntity,
  MaterialReadEntity,
  MaterialRequirementEntity,
  MaterialVersionEntity,
} from './library.entities';
import { LibraryResolver } from './library.resolver';
import { AttachmentStore, PostgresAttachmentStore } from './attachment-store';
import { AttachmentsService } from './attachments.service';
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
  providers: [
    LibraryService,
    LibraryResolver,
    RequiredReadingService,
    AttachmentsService,
    { provide: AttachmentStore, useClass: PostgresAttachmentStore },
  ],
})
export class LibraryModule {}
