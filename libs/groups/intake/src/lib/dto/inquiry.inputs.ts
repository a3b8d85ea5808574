import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

import { HeardVia, InquiryChannel, InquiryOutcome } from '../intake.enums';
import { PersonInput } from './person.inputs';
import { TrimmedOrUndefined } from './validators';

@InputType({
  description:
    'A new inquiry. Give `person` for someone new, or `participantId` for someone the centre knows.',
})
export class RegisterInquiryInput {
  @Field({ nullable: true, description: 'When the person got in touch; now when left out.' })
  @IsOptional()
  @IsDate({ message: 'receivedAt må være et tidspunkt.' })
  receivedAt?: Date;

  @Field(() => InquiryChannel)
  @IsEnum(InquiryChannel, { message: 'Velg hvordan personen tok kontakt.' })
  channel: InquiryChannel;

  @Field(() => HeardVia, { nullable: true })
  @IsOptional()
  @IsEnum(HeardVia, { message: 'Ukjent svar på hvordan personen hørte om senteret.' })
  heardVia?: HeardVia;

  @Field(() => ID, { nullable: true, description: 'The partner that referred the person.' })
  @IsOptional()
  @IsUUID('all', { message: 'referringPartnerId må være en gyldig id.' })
  referringPartnerId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'participantId må være en gyldig id.' })
  participantId?: string;

  @Field(() => PersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonInput)
  person?: PersonInput;

  @Field({ nullable: true, description: 'When the person prefers to be contacted.' })
  @IsOptional()
  @TrimmedOrUndefined()
  @IsString()
  @MaxLength(200, { message: 'Høyst 200 tegn.' })
  preferredContactTimes?: string;
}

@InputType({
  description:
    'Progress on an inquiry. Fields left out stay as they are; null clears a time given by mistake.',
})
export class UpdateInquiryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the centre first answered (the 1-day promise).',
  })
  @IsOptional()
  @IsDate({ message: 'firstAnswerAt må være et tidspunkt.' })
  firstAnswerAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the person was invited to the individual conversation: the 1-week promise as the ' +
      'centres state it. Set to now when a booking is recorded and it is not given. null clears it.',
  })
  @IsOptional()
  @IsDate({ message: 'Tidspunktet for invitasjonen må være et tidspunkt.' })
  conversationInvitedAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the individual conversation is booked for. null cancels the booking (clears it).',
  })
  @IsOptional()
  @IsDate({ message: 'conversationBookedFor må være et tidspunkt.' })
  conversationBookedFor?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the conversation was held (the 1-week promise).',
  })
  @IsOptional()
  @IsDate({ message: 'conversationHeldAt må være et tidspunkt.' })
  conversationHeldAt?: Date | null;

  @Field(() => InquiryOutcome, {
    nullable: true,
    description: 'Closes the inquiry. JOINED_WAITLIST puts the person on the waitlist.',
  })
  @IsOptional()
  @IsEnum(InquiryOutcome, { message: 'Ukjent utfall.' })
  outcome?: InquiryOutcome | null;
}
