import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Paginated } from '@link/shared/graphql';

import {
  CompositionPreference,
  ConsentKind,
  Gender,
  GenderMixWish,
  GroupFormatPreference,
  ParticipantStatus,
  TargetGroup,
  TimeOfDay,
  Weekday,
} from '../intake.enums';

@ObjectType('Preferences', { description: 'What the person wishes for in a group.' })
export class PreferencesModel {
  @Field(() => [TimeOfDay]) timesOfDay: TimeOfDay[];
  @Field(() => [Weekday]) weekdays: Weekday[];
  @Field(() => GroupFormatPreference, { nullable: true }) format: GroupFormatPreference | null;
  @Field(() => CompositionPreference, { nullable: true }) composition: CompositionPreference | null;
  @Field(() => String, { nullable: true }) theme: string | null;
  @Field(() => GenderMixWish, { nullable: true }) genderMix: GenderMixWish | null;
  @Field(() => Int, { nullable: true }) ageRangeMin: number | null;
  @Field(() => Int, { nullable: true }) ageRangeMax: number | null;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@ObjectType('ContactDetails', { description: 'Decrypted contact details. Every read is audited.' })
export class ContactDetailsModel {
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
}

@ObjectType('Consent')
export class ConsentModel {
  @Field(() => ID) id: string;
  @Field(() => ConsentKind) kind: ConsentKind;
  @Field() givenAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field() active: boolean;
}

@ObjectType('Participant', {
  description: 'A person who contacted the centre, known by first name or alias.',
})
export class ParticipantModel {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => ParticipantStatus) status: ParticipantStatus;
  @Field(() => Int, { nullable: true }) birthYear: number | null;
  @Field(() => String, { nullable: true, description: 'E.g. "30–39".' }) ageBand: string | null;
  @Field(() => Gender, { nullable: true }) gender: Gender | null;
  @Field(() => String, { nullable: true }) municipality: string | null;
  @Field(() => [String]) languages: string[];
  @Field(() => PreferencesModel) preferences: PreferencesModel;
  @Field(() => [TargetGroup], { description: 'Only with the consent KEEP_TARGET_GROUP_DATA.' })
  targetGroups: TargetGroup[];
  @Field(() => Date, { nullable: true }) waitingSince: Date | null;
  @Field() hasPhone: boolean;
  @Field() hasEmail: boolean;
  @Field() lastActivityAt: Date;
  @Field() createdAt: Date;
}

export const ParticipantPage = Paginated(ParticipantModel, 'ParticipantPage');
