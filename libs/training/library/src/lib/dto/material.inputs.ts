import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

import { Trimmed } from '@link/shared/graphql';

import { ATTACHMENT_CONTENT_TYPES, ATTACHMENT_TYPES_MESSAGE } from '../attachment-types';

@InputType({ description: 'New training material. It is a draft until published.' })
export class CreateMaterialInput {
  @Field()
  @Trimmed()
  @IsString()
  @MinLength(3, { message: 'Tittelen må ha minst 3 tegn.' })
  @MaxLength(160)
  title: string;
  @Field({ defaultValue: '' })
  @Trimmed()
  @IsString()
  @MaxLength(500, { message: 'Sammendraget kan ha høyst 500 tegn.' })
  summary: string;
  @Field({ defaultValue: '', description: 'Markdown.' })
  @IsString()
  @MaxLength(100_000, { message: 'Teksten er for lang.' })
  bodyMarkdown: string;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(/^[\p{L}\p{N}-]{2,40}$/u, { each: true, message: 'En stikkord er ett ord (2–40 tegn).' })
  tags: string[];
  @Field({ defaultValue: 'nb', description: 'ISO 639 language code: nb, nn, en, …' })
  @Matches(/^[a-z]{2,3}$/, {
    message: 'Språkkoden må være to eller tre små bokstaver (f.eks. nb).',
  })
  language: string;
}

@InputType({
  description: 'An edit: a new version. Fields left out are kept from the latest version.',
})
export class EditMaterialInput {
  @Field(() => ID) @IsUUID('all', { message: 'id må være en gyldig id.' }) id: string;
  @Field({ nullable: true })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MinLength(3, { message: 'Tittelen må ha minst 3 tegn.' })
  @MaxLength(160)
  title?: string;
  @Field({ nullable: true }) @IsOptional() @Trimmed() @IsString() @MaxLength(500) summary?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100_000) bodyMarkdown?: string;
}

@InputType()
export class RollbackMaterialInput {
  @Field(() => ID) @IsUUID('all', { message: 'id må være en gyldig id.' }) id: string;
  @Field(() => Int, { description: 'The version to bring back; it becomes a new version.' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({
  description:
    'A file for training material: PDF, PNG, JPEG, text, Word or PowerPoint, at most 5 MB.',
})
export class AddAttachmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'materialId må være en gyldig id.' })
  materialId: string;
  @Field()
  @Trimmed()
  @Matches(/^[^/\\<>:"|?*\p{Cc}]{1,160}$/u, {
    message: 'Filnavnet kan ikke inneholde / \\ < > : " | ? * eller kontrolltegn.',
  })
  fileName: string;
  @Field({
    description:
      'The declared type; one of application/pdf, image/png, image/jpeg, text/plain and the Word ' +
      '(.docx) and PowerPoint (.pptx) types. The content must prove it.',
  })
  @IsIn(ATTACHMENT_CONTENT_TYPES, { message: ATTACHMENT_TYPES_MESSAGE })
  contentType: string;
  @Field({ description: 'The file, base64-encoded.' })
  @IsString()
  @MaxLength(7_100_000, { message: 'Filen er større enn 5 MB.' })
  contentBase64: string;
}
