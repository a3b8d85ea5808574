import {
  Args,
  ArgsType,
  Field,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

import { Roles, SIGNED_IN } from '@link/platform/auth';
import { CentreRole, RequestLoaders } from '@link/platform/tenancy';
import { PageArgs, IdArgs } from '@link/shared/graphql';

import { AttachmentsService } from './attachments.service';
import {
  AddAttachmentInput,
  CreateMaterialInput,
  EditMaterialInput,
  RollbackMaterialInput,
} from './dto/material.inputs';
import { LibraryService } from './library.service';
import { RequiredReadingService } from './required-reading.service';
import {
  AttachmentContentModel,
  AttachmentModel,
  MaterialModel,
  MaterialPage,
  MaterialSearchHitModel,
  MaterialVersionModel,
  RequiredReadingModel,
} from './models/material.models';
import { Paginated } from '@link/shared/graphql';

const SearchPage = Paginated(MaterialSearchHitModel, 'MaterialSearchPage');
/** Authors: admins and coordinators of the active centre (of the national office for national material). */
const Authors = () => Roles(CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR);

@ArgsType()
class MaterialsArgs extends PageArgs {
  @Field({ nullable: true, description: 'NATIONAL or CENTRE; both when left out.' })
  @IsOptional()
  @IsIn(['NATIONAL', 'CENTRE'], { message: 'Velg NATIONAL eller CENTRE.' })
  scope?: 'NATIONAL' | 'CENTRE';

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) tag?: string;
}

@ArgsType()
class SearchArgs extends PageArgs {
  @Field({ description: 'Words to search for, in Norwegian ("grupper" also finds "gruppe").' })
  @IsString()
  @MinLength(2, { message: 'Skriv minst to tegn.' })
  @MaxLength(200)
  query: string;
}

@Resolver(() => MaterialModel)
export class LibraryResolver {
  constructor(
    private readonly library: LibraryService,
    private readonly reading: RequiredReadingService,
    private readonly attachments: AttachmentsService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Roles(SIGNED_IN)
  @Query(() => MaterialPage, {
    description: "Published national material and the active centre's own, by title.",
  })
  materials(@Args() args: MaterialsArgs) {
    return this.library.list(args, args.scope, args.tag);
  }

  @Roles(SIGNED_IN)
  @Query(() => MaterialModel)
  material(@Args() { id }: IdArgs): Promise<MaterialModel> {
    return this.library.get(id);
  }

  @Roles(SIGNED_IN)
  @Query(() => SearchPage, {
    description: 'Full-text search of the material you may read, best match first.',
  })
  searchMaterials(@Args() args: SearchArgs) {
    return this.library.search(args.query, args);
  }

  @Authors()
  @Query(() => [MaterialVersionModel], {
    description: 'Every version, newest first (authors only).',
  })
  materialHistory(@Args() { id }: IdArgs): Promise<MaterialVersionModel[]> {
    return this.library.history(id);
  }

  @Authors()
  @Mutation(() => MaterialModel, {
    description: 'Write new material in the active centre (national when that is Selvhjelp Norge).',
  })
  createMaterial(@Args('input') input: CreateMaterialInput): Promise<MaterialModel> {
    return this.library.create(input);
  }

  @Authors()
  @Mutation(() => MaterialModel, {
    description: 'Edit: saves a new version. Readers keep seeing the published one.',
  })
  editMaterial(@Args('input') input: EditMaterialInput): Promise<MaterialModel> {
    return this.library.edit(input);
  }

  @Authors()
  @Mutation(() => MaterialModel, { description: 'Publish the latest version.' })
  publishMaterial(@Args() { id }: IdArgs): Promise<MaterialModel> {
    return this.library.publish(id);
  }

  @Authors()
  @Mutation(() => MaterialModel)
  unpublishMaterial(@Args() { id }: IdArgs): Promise<MaterialModel> {
    return this.library.unpublish(id);
  }

  @Authors()
  @Query(() => [RequiredReadingModel], {
    description:
      "Required reading for the centre's starters, and who has read the current version.",
  })
  requiredReading(): Promise<RequiredReadingModel[]> {
    return this.reading.status();
  }

  @Roles(SIGNED_IN)
  @Query(() => [RequiredReadingModel], {
    description:
      'What your centre asks you to read, and whether you have read the current version.',
  })
  myRequiredReading(): Promise<RequiredReadingModel[]> {
    return this.reading.mine();
  }

  @Authors()
  @Mutation(() => [RequiredReadingModel], {
    description:
      "Require a published material (national or the centre's) for the centre's starters.",
  })
  requireMaterial(@Args() { id }: IdArgs): Promise<RequiredReadingModel[]> {
    return this.reading.require(id);
  }

  @Authors()
  @Mutation(() => [RequiredReadingModel])
  unrequireMaterial(@Args() { id }: IdArgs): Promise<RequiredReadingModel[]> {
    return this.reading.unrequire(id);
  }

  @Roles(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'I have read the version I now see.' })
  markMaterialRead(@Args() { id }: IdArgs): Promise<boolean> {
    return this.reading.markRead(id);
  }

  @Authors()
  @Mutation(() => AttachmentModel, {
    description: 'Attach a file (PDF, PNG, JPEG, text, Word, PowerPoint; at most 5 MB).',
  })
  addMaterialAttachment(@Args('input') input: AddAttachmentInput): Promise<AttachmentModel> {
    return this.attachments.add(input);
  }

  @Roles(SIGNED_IN)
  @Query(() => AttachmentContentModel, {
    description: 'Download an attachment of material you may read.',
  })
  materialAttachment(@Args() { id }: IdArgs): Promise<AttachmentContentModel> {
    return this.attachments.content(id);
  }

  @ResolveField('attachments', () => [AttachmentModel])
  attachmentsOf(@Parent() material: MaterialModel): Promise<AttachmentModel[]> {
    return this.loaders
      .many(
        'material-attachments',
        (ids: string[]) => this.attachments.ofMaterials(ids),
        (attachment) => attachment.materialId,
      )
      .load(material.id);
  }

  @Authors()
  @Mutation(() => MaterialModel, { description: 'Bring back an earlier version as a new one.' })
  rollbackMaterial(@Args('input') input: RollbackMaterialInput): Promise<MaterialModel> {
    return this.library.rollback(input);
  }
}
