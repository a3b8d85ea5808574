import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CourseSession')
export class CourseSessionModel {
  @Field(() => ID) id: string;
  @Field() startsAt: Date;
  @Field(() => Int) durationMinutes: number;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field() digital: boolean;
  @Field() mandatory: boolean;
}

@ObjectType('Course')
export class CourseModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field() kind: string;
  @Field(() => Int) capacity: number;
  @Field(() => Int) enrolled: number;
  @Field(() => Int) waitlisted: number;
  @Field(() => Int, { nullable: true }) qualificationValidMonths: number | null;
  @Field({ description: 'Whether other centres may enrol their people (a shared course).' })
  openToOtherCentres: boolean;
  @Field(() => [CourseSessionModel]) sessions: CourseSessionModel[];
}

@ObjectType('CourseEnrolment')
export class CourseEnrolmentModel {
  @Field(() => ID) id: string;
  @Field({ description: 'ENROLLED, WAITLISTED, WITHDRAWN or COMPLETED.' }) status: string;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The staff member or volunteer, or the external person (until erased).',
  })
  name: string | null;
  @Field(() => String, { nullable: true }) organisation: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'For someone another centre sent to a shared course: that centre. What the host sees of them is their name, centre and attendance.',
  })
  centreName: string | null;
  @Field(() => [ID], { description: 'The sessions they were recorded as attending.' })
  attendedSessionIds: string[];
  @Field() enrolledAt: Date;
}

@ObjectType('StarterQualification')
export class StarterQualificationModel {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field() grantedOn: string;
  @Field(() => String, { nullable: true }) expiresOn: string | null;
}
