import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WeeklyTime', { description: 'A weekly meeting time.' })
export class WeeklyTimeModel {
  @Field({ description: 'MONDAY … SUNDAY.' }) weekday: string;
  @Field({ description: '"HH:MM", local time.' }) startTime: string;
  @Field(() => Int, { description: 'Minutes.' }) durationMinutes: number;
}

@ObjectType('StarterRoom', {
  description: 'Where a group meets: what a starter needs to get there.',
})
export class StarterRoomModel {
  @Field({ description: 'The room.' }) name: string;
  @Field({ description: 'Street address.' }) address: string;
  @Field({ description: 'Municipality.' }) municipality: string;
}

@ObjectType('MyGroup', {
  description:
    'A group you start, or were invited back to: what a starter in the room knows anyway, nothing more.',
})
export class MyGroupModel {
  @Field(() => ID, { description: 'The group.' }) id: string;
  @Field({ description: 'Its name.' }) name: string;
  @Field({ description: 'CLOSED or OPEN.' }) kind: string;
  @Field({ description: 'PHYSICAL or DIGITAL.' }) format: string;
  @Field({ description: 'MONDAY … SUNDAY.' }) weekday: string;
  @Field({ description: '"HH:MM", local time.' }) startTime: string;
  @Field(() => Int, { description: 'Minutes.' }) durationMinutes: number;
  @Field({ description: 'First meeting, "YYYY-MM-DD".' }) startDate: string;
  @Field({ description: 'PLANNED, RECRUITING, STARTING, SELF_RUN, PAUSED or ENDED.' })
  status: string;
  @Field(() => StarterRoomModel, { nullable: true, description: 'The room, for a physical group.' })
  room: StarterRoomModel | null;
  @Field(() => String, { nullable: true, description: 'The meeting link, for a digital group.' })
  meetingLink: string | null;
  @Field({ description: 'STARTER (you start it) or INVITED_BACK (the group asked you to come).' })
  myPart: string;
  @Field(() => String, {
    nullable: true,
    description: 'When the group invited you back ("YYYY-MM-DD").',
  })
  invitedBackOn: string | null;
  @Field(() => [String], {
    description: "The current members' first names or aliases. Nothing else about them.",
  })
  memberNames: string[];
}

@ObjectType('StarterQualificationStatus', { description: "A starter's best qualification." })
export class StarterQualificationStatusModel {
  @Field({ description: 'Granted on, "YYYY-MM-DD".' }) grantedOn: string;
  @Field(() => String, { nullable: true, description: 'Expires on; none: no expiry.' })
  expiresOn: string | null;
  @Field({ description: 'Valid today.' }) valid: boolean;
}

@ObjectType('StarterCurrentGroup', { description: 'A group the starter starts in this centre.' })
export class StarterCurrentGroupModel {
  @Field(() => ID, { description: 'The group.' }) id: string;
  @Field({ description: 'Its name.' }) name: string;
  @Field({ description: 'Its status.' }) status: string;
  @Field(() => WeeklyTimeModel, { description: 'When it meets.' }) time: WeeklyTimeModel;
}

@ObjectType('StarterDirectoryEntry', {
  description:
    'A starter or volunteer of the active centre, with what a coordinator needs to staff a group.',
})
export class StarterDirectoryEntryModel {
  @Field(() => ID, {
    description: 'The membership id: give it to assignStarter, registerVolunteer, enrolInCourse.',
  })
  staffMemberId: string;
  @Field({ description: 'Name.' }) displayName: string;
  @Field({ description: 'Role in the centre (assignStarter takes STARTER).' }) role: string;
  @Field({ description: 'Has a volunteer profile in this centre.' }) volunteer: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      'The volunteer profile id (give it to volunteer, updateVolunteer…); none: no profile.',
  })
  volunteerId: string | null;
  @Field(() => String, { nullable: true, description: 'ACTIVE, PAUSED or LEFT (volunteers).' })
  volunteerStatus: string | null;
  @Field(() => StarterQualificationStatusModel, {
    nullable: true,
    description:
      'The best valid qualification, else the latest expired one; none: never qualified.',
  })
  qualification: StarterQualificationStatusModel | null;
  @Field(() => String, {
    nullable: true,
    description: 'Until when the latest police certificate is valid (volunteers).',
  })
  policeCertificateValidUntil: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'When the confidentiality agreement was signed (volunteers).',
  })
  confidentialitySignedOn: string | null;
  @Field(() => [String], { description: 'Weekdays they can (volunteers).' })
  availableWeekdays: string[];
  @Field(() => [String], { description: 'Times of day they can (volunteers).' })
  availableTimesOfDay: string[];
  @Field(() => [StarterCurrentGroupModel], { description: 'Groups they start here now.' })
  currentGroups: StarterCurrentGroupModel[];
  @Field(() => [WeeklyTimeModel], {
    description:
      'Weekly times they are busy starting groups in another centre: only the time, never the centre or the group.',
  })
  busyElsewhere: WeeklyTimeModel[];
  @Field({
    description:
      "May be assigned today under the centre's rules: a STARTER with a valid qualification, and (when required) a volunteer's police certificate and agreement.",
  })
  cleared: boolean;
  @Field(() => [String], {
    description:
      'QUALIFICATION_MISSING, QUALIFICATION_EXPIRES (within 30 days), POLICE_CERTIFICATE_MISSING, POLICE_CERTIFICATE_EXPIRES (within 30 days or expired), CONFIDENTIALITY_MISSING; with forGroupId also CLASH_HERE and BUSY_ELSEWHERE_AT_THAT_TIME.',
  })
  warnings: string[];
}
