import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PoliceCertificateCheck', {
  description: 'That a certificate was shown; the certificate is not stored.',
})
export class PoliceCertificateCheckModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() task: string;
  @Field() shownOn: string;
  @Field() validUntil: string;
  @Field(() => ID) checkedBy: string;
}

@ObjectType('VolunteerAssignment', {
  description: 'A group started or a course taught in this centre.',
})
export class VolunteerAssignmentModel {
  @Field({ description: 'GROUP_STARTED or COURSE_TAUGHT.' }) kind: string;
  @Field({ description: 'The group or course.' }) name: string;
  @Field(() => String, { nullable: true, description: "The group's status." }) status:
    | string
    | null;
  @Field({ description: 'When they were assigned, or when the course began.' }) since: Date;
}

@ObjectType('Volunteer', {
  description: "A volunteer's work for the active centre (other centres' part is theirs).",
})
export class VolunteerModel {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() email: string;
  @Field(() => [String]) skills: string[];
  @Field(() => [String]) languages: string[];
  @Field(() => [String]) municipalities: string[];
  @Field(() => [String]) availableTimesOfDay: string[];
  @Field(() => [String]) availableWeekdays: string[];
  @Field() status: string;
  @Field(() => String, { nullable: true }) confidentialitySignedOn: string | null;
  @Field(() => Float, { description: 'Hours logged in this centre.' }) totalHours: number;
}

@ObjectType('VolunteerWarning', { description: 'Something that expires soon or is missing.' })
export class VolunteerWarningModel {
  @Field(() => ID) volunteerId: string;
  @Field() displayName: string;
  @Field({
    description:
      'POLICE_CERTIFICATE_EXPIRES (or has expired), POLICE_CERTIFICATE_MISSING or CONFIDENTIALITY_MISSING.',
  })
  kind: string;
  @Field(() => String, { nullable: true }) dueOn: string | null;
}

@ObjectType('VolunteerHoursEntry', { description: 'Hours logged on one day.' })
export class VolunteerHoursEntryModel {
  @Field({ description: 'The day, "YYYY-MM-DD".' }) workedOn: string;
  @Field(() => Float, { description: 'Hours, in half hours.' }) hours: number;
  @Field({ description: 'GROUP_START, COURSE, STAND_OR_TALK, ADMIN or OTHER.' }) activity: string;
}

@ObjectType('MyVolunteerWork', {
  description:
    'Your own volunteer profile in the active centre: what the centre holds about your clearance, and your hours.',
})
export class MyVolunteerWorkModel {
  @Field({ description: 'ACTIVE, PAUSED or LEFT.' }) status: string;
  @Field(() => String, {
    nullable: true,
    description: 'When you signed the confidentiality agreement; none: not signed.',
  })
  confidentialitySignedOn: string | null;
  @Field({
    description:
      'Police certificate: VALID, EXPIRES_SOON (within 30 days), EXPIRED or MISSING (none shown here).',
  })
  policeCertificateStatus: string;
  @Field(() => String, {
    nullable: true,
    description: 'Until when the certificate you showed is valid.',
  })
  policeCertificateValidUntil: string | null;
  @Field(() => Float, { description: 'Hours logged in this centre, in all.' }) totalHours: number;
  @Field(() => [VolunteerHoursEntryModel], { description: 'Hours logged, newest first.' })
  hours: VolunteerHoursEntryModel[];
}
