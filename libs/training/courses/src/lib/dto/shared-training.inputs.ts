import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType({
  description:
    'Enrol one of your centre’s people (or yourself, without staffMemberId) on a course another centre hosts.',
})
export class SharedEnrolInput {
  @Field(() => ID, { description: 'The host centre (from sharedCourses).' })
  @IsUUID('all', { message: 'hostCentreId må være en gyldig id.' })
  hostCentreId: string;

  @Field(() => ID, { description: "The course's id at the host (from sharedCourses)." })
  @IsUUID('all', { message: 'courseId må være en gyldig id.' })
  courseId: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Who, as a membership id in your centre (coordinators and admins); left out: yourself.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'staffMemberId må være en gyldig id.' })
  staffMemberId?: string;
}
