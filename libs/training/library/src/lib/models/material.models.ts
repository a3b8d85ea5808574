import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '@link/shared/graphql';

@ObjectType('MaterialVersion')
export class MaterialVersionModel {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() title: string;
  @Field() summary: string;
  @Field() bodyMarkdown: string;
  @Field() createdAt: Date;
}

@ObjectType('Material', {
  description: "Training material: national (Selvhjelp Norge) or the active centre's own.",
})
export class MaterialModel {
  @Field(() => ID) id: string;
  @Field({ description: 'NATIONAL or CENTRE.' }) scope: 'NATIONAL' | 'CENTRE';
  @Field() language: string;
  @Field(() => [String]) tags: string[];
  @Field({ description: 'Published: readers see it.' }) published: boolean;
  @Field(() => MaterialVersionModel, {
    description: 'What readers see; for authors of a draft, the latest version.',
  })
  current: MaterialVersionModel;
  @Field(() => Int) latestVersion: number;
  @Field({ description: 'Readers see the newest version: no edit waits to be published.' })
  latestPublished: boolean;
  @Field({
    description:
      'True when the signed-in user may edit it (its own centre, as admin or coordinator).',
  })
  editable: boolean;
}

export const MaterialPage = Paginated(MaterialModel, 'MaterialPage');

@ObjectType('MaterialSearchHit')
export class MaterialSearchHitModel {
  @Field(() => MaterialModel) material: MaterialModel;
  @Field({ description: 'Relevance (higher is better).' }) rank: number;
  @Field({ description: 'An excerpt with the matches marked by « and ».' }) excerpt: string;
}

@ObjectType('RequiredReader', {
  description: "One of the centre's starters, and whether they read the current version.",
})
export class RequiredReaderModel {
  @Field() displayName: string;
  @Field() readCurrentVersion: boolean;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

@ObjectType('RequiredReading')
export class RequiredReadingModel {
  @Field(() => MaterialModel) material: MaterialModel;
  @Field(() => [RequiredReaderModel]) readers: RequiredReaderModel[];
}

const CONTENT_TYPE =
  'The type the content was verified to be when it was stored (never only what the uploader ' +
  'declared); application/octet-stream for an older file whose stored type the library does not take.';

@ObjectType('Attachment')
export class AttachmentModel {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field({ description: CONTENT_TYPE })
  contentType: string;
  @Field(() => Int) sizeBytes: number;
}

@ObjectType('AttachmentContent', {
  description:
    'A file to offer as a download, never to show in the page: save it from a Blob with ' +
    '`<a download>` (or serve it with Content-Disposition: attachment and ' +
    'X-Content-Type-Options: nosniff). Only PNG and JPEG may be shown, in an <img>.',
})
export class AttachmentContentModel {
  @Field() fileName: string;
  @Field({ description: CONTENT_TYPE })
  contentType: string;
  @Field({ description: 'The file, base64-encoded.' }) contentBase64: string;
}
