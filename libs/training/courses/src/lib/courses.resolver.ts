import {
  Args,
  ArgsType,
  Field,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

import { Roles } from '@link/platform/auth';
import { CentreRole, RequestLoaders } from '@link/platform/tenancy';
import { IdArgs } from '@link/shared/graphql';

import { CoursesService } from './courses.service';
import { AttendanceInput, CreateCourseInput, EnrolInput } from './dto/course.inputs';
import {
  CourseEnrolmentModel,
  CourseModel,
  StarterQualificationModel,
} from './models/course.models';

/** Course work is for the centre's admins and coordinators (the national office's, for its courses). */
const CourseStaff = () => Roles(CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR);

@ArgsType()
class QualificationsArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Only those that expire within this many days (e.g. 30).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  expiringWithinDays?: number;
}

@Resolver(() => CourseModel)
@CourseStaff()
export class CoursesResolver {
  constructor(
    private readonly service: CoursesService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Query(() => [CourseModel], { description: "The centre's courses, newest first." })
  courses(): Promise<CourseModel[]> {
    return this.service.list();
  }

  @Query(() => CourseModel)
  course(@Args() { id }: IdArgs): Promise<CourseModel> {
    return this.service.get(id);
  }

  @Query(() => [StarterQualificationModel], {
    description:
      "The centre's starters' valid qualifications; with expiringWithinDays, those to renew soon.",
  })
  starterQualifications(
    @Args() { expiringWithinDays }: QualificationsArgs,
  ): Promise<StarterQualificationModel[]> {
    return this.service.qualifications(expiringWithinDays);
  }

  @Mutation(() => CourseModel, { description: 'Announce a course with its sessions.' })
  createCourse(@Args('input') input: CreateCourseInput): Promise<CourseModel> {
    return this.service.create(input);
  }

  @Mutation(() => CourseEnrolmentModel, {
    description: 'Enrol someone; when the course is full, they go on its waitlist.',
  })
  enrolInCourse(@Args('input') input: EnrolInput): Promise<CourseEnrolmentModel> {
    return this.service.enrol(input);
  }

  @Mutation(() => CourseEnrolmentModel, {
    description: 'Withdraw; the longest-waiting person gets the place.',
  })
  withdrawFromCourse(@Args() { id }: IdArgs): Promise<CourseEnrolmentModel> {
    return this.service.withdraw(id);
  }

  @Mutation(() => CourseEnrolmentModel, {
    description:
      'Record attendance. Attending every mandatory session completes the course and, for a starter course, qualifies.',
  })
  recordAttendance(@Args('input') input: AttendanceInput): Promise<CourseEnrolmentModel> {
    return this.service.recordAttendance(input);
  }

  @ResolveField(() => [CourseEnrolmentModel])
  enrolments(@Parent() course: CourseModel): Promise<CourseEnrolmentModel[]> {
    return this.loaders
      .many(
        'course-enrolments',
        (ids: string[]) => this.service.enrolmentsOf(ids),
        (enrolment) => enrolment.courseId,
      )
      .load(course.id);
  }
}
