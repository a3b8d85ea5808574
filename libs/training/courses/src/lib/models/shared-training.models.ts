import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SharedCourseSession', { description: 'A session of a course, as its host plans it.' })
export class SharedCourseSessionModel {
  @Field(() => ID, { description: "The host's session id." }) id: string;
  @Field({ description: 'When it starts.' }) startsAt: Date;
  @Field(() => Int, { description: 'How long, in minutes.' }) durationMinutes: number;
  @Field(() => String, { nullable: true, description: 'Where; none for a digital session.' })
  place: string | null;
  @Field({ description: 'Held digitally.' }) digital: boolean;
  @Field({ description: 'Needed to complete the course.' }) mandatory: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: 'In an enrolment: whether the host recorded the person as there (none yet: null).',
  })
  attended: boolean | null;
}

@ObjectType('SharedCourse', {
  description:
    "A course another centre (Selvhjelp Norge, LINK Oslo, …) hosts and opens to every centre's people. Nothing about who attends.",
})
export class SharedCourseModel {
  @Field(() => ID, { description: 'The host centre: give it when enrolling.' })
  hostCentreId: string;
  @Field({ description: 'The host centre’s name.' }) hostCentreName: string;
  @Field(() => ID, { description: "The course's id at the host." }) courseId: string;
  @Field({ description: 'Title.' }) title: string;
  @Field({ description: 'What the course is about.' }) description: string;
  @Field({ description: 'STARTER_COURSE (qualifies) or GUIDANCE.' }) kind: string;
  @Field(() => Int, { description: 'Places in all.' }) capacity: number;
  @Field(() => Int, { description: 'Places taken, by every centre together.' }) enrolled: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Months the qualification it grants is valid; none: no expiry.',
  })
  qualificationValidMonths: number | null;
  @Field(() => [SharedCourseSessionModel], { description: 'Its sessions, in order.' })
  sessions: SharedCourseSessionModel[];
}

@ObjectType('PersonCourseEnrolment', {
  description:
    "One person's place on a course: on the active centre's own course, or on a course another centre hosts (then status and attendance are the host's record).",
})
export class PersonCourseEnrolmentModel {
  @Field(() => ID, {
    description:
      'The enrolment id: for a shared course, give it to withdrawFromSharedCourse; for an own course, to withdrawFromCourse.',
  })
  id: string;
  @Field(() => ID, { nullable: true, description: "The person's membership in the active centre." })
  staffMemberId: string | null;
  @Field({ description: "The person's name." }) displayName: string;
  @Field(() => ID, { description: 'The course.' }) courseId: string;
  @Field({ description: 'The course title.' }) courseTitle: string;
  @Field({ description: 'STARTER_COURSE or GUIDANCE.' }) courseKind: string;
  @Field(() => String, {
    nullable: true,
    description: 'The centre hosting the course; null when it is the active centre.',
  })
  hostCentreName: string | null;
  @Field({ description: 'ENROLLED, WAITLISTED, WITHDRAWN or COMPLETED.' }) status: string;
  @Field({ description: 'When they were enrolled.' }) enrolledAt: Date;
  @Field(() => Date, { nullable: true, description: 'When they completed it.' })
  completedAt: Date | null;
  @Field(() => [SharedCourseSessionModel], {
    description: 'The sessions, with whether they attended.',
  })
  sessions: SharedCourseSessionModel[];
}

@ObjectType('MyQualification', {
  description: 'A starter qualification of yours; every centre you work in recognises it.',
})
export class MyQualificationModel {
  @Field({ description: 'The centre whose course granted it.' }) grantedByCentreName: string;
  @Field({ description: 'Granted on, "YYYY-MM-DD".' }) grantedOn: string;
  @Field(() => String, { nullable: true, description: 'Expires on; none: no expiry.' })
  expiresOn: string | null;
  @Field({ description: 'Valid today.' }) valid: boolean;
}
