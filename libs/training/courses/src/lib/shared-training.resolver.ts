import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';
import { IdArgs } from '@link/shared/graphql';

import { SharedEnrolInput } from './dto/shared-training.inputs';
import {
  MyQualificationModel,
  PersonCourseEnrolmentModel,
  SharedCourseModel,
} from './models/shared-training.models';
import { SharedTrainingService } from './shared-training.service';

/** Anyone working in the active centre: staff, starters, volunteers. */
const AnyoneInTheCentre = () =>
  Roles(CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR, CentreRole.STARTER);

@Resolver()
export class SharedTrainingResolver {
  constructor(private readonly service: SharedTrainingService) {}

  @AnyoneInTheCentre()
  @Query(() => [SharedCourseModel], {
    description:
      'Courses other centres host and open to every centre (e.g. Selvhjelp Norge’s starter course), with sessions still to come.',
  })
  sharedCourses(): Promise<SharedCourseModel[]> {
    return this.service.catalogue();
  }

  @Roles(CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR)
  @Query(() => [PersonCourseEnrolmentModel], {
    description:
      "The active centre's people on courses other centres host, with the host's status and attendance.",
  })
  sharedCourseEnrolments(): Promise<PersonCourseEnrolmentModel[]> {
    return this.service.ofCentre();
  }

  @AnyoneInTheCentre()
  @Mutation(() => PersonCourseEnrolmentModel, {
    description:
      'Enrol one of your people (coordinators and admins) or yourself on a shared course; when it is full, on its waitlist. The host then records attendance; completing a starter course qualifies in every centre.',
  })
  enrolInSharedCourse(@Args('input') input: SharedEnrolInput): Promise<PersonCourseEnrolmentModel> {
    return this.service.enrol(input);
  }

  @AnyoneInTheCentre()
  @Mutation(() => PersonCourseEnrolmentModel, {
    description:
      "Withdraw your own or (coordinators and admins) your centre's enrolment on a shared course; the host's longest waiting gets the place.",
  })
  withdrawFromSharedCourse(@Args() { id }: IdArgs): Promise<PersonCourseEnrolmentModel> {
    return this.service.withdraw(id);
  }

  @AnyoneInTheCentre()
  @Query(() => [PersonCourseEnrolmentModel], {
    description:
      'Your own course enrolments in the active centre: its courses and shared ones it enrolled you on, with sessions and attendance.',
  })
  myCourses(): Promise<PersonCourseEnrolmentModel[]> {
    return this.service.mine();
  }

  @AnyoneInTheCentre()
  @Query(() => [MyQualificationModel], {
    description: 'Your starter qualifications and when they expire.',
  })
  myQualifications(): Promise<MyQualificationModel[]> {
    return this.service.myQualifications();
  }
}
