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
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

import { Roles } from '@link/platform/auth';
import { CentreRole, RequestLoaders } from '@link/platform/tenancy';
import { IdArgs } from '@link/shared/graphql';

import {
  MyVolunteerHoursInput,
  PoliceCertificateInput,
  RegisterVolunteerInput,
  UpdateVolunteerInput,
  VolunteerHoursInput,
} from './volunteer.inputs';
import {
  MyVolunteerWorkModel,
  PoliceCertificateCheckModel,
  VolunteerAssignmentModel,
  VolunteerModel,
  VolunteerWarningModel,
} from './volunteer.models';
import { VolunteersService } from './volunteers.service';

@ArgsType()
class VolunteersArgs {
  @Field({ nullable: true })
  @IsOptional()
  @IsIn(['ACTIVE', 'PAUSED', 'LEFT'], {
    message: 'Velg aktiv, på pause eller sluttet.',
  })
  status?: string;
}

@ArgsType()
class WarningsArgs {
  @Field(() => Int, { defaultValue: 30 }) @IsInt() @Min(1) @Max(365) withinDays = 30;
}

@Resolver(() => VolunteerModel)
@Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
export class VolunteersResolver {
  constructor(
    private readonly service: VolunteersService,
    private readonly loaders: RequestLoaders,
  ) {}

  @Query(() => [VolunteerModel], { description: "The active centre's volunteers, by name." })
  volunteers(@Args() { status }: VolunteersArgs): Promise<VolunteerModel[]> {
    return this.service.list(status);
  }

  @Query(() => VolunteerModel)
  volunteer(@Args() { id }: IdArgs): Promise<VolunteerModel> {
    return this.service.get(id);
  }

  @Query(() => [VolunteerWarningModel], {
    description: 'What expires within 30 days (or is missing), soonest first.',
  })
  volunteerWarnings(@Args() { withinDays }: WarningsArgs): Promise<VolunteerWarningModel[]> {
    return this.service.warnings(withinDays);
  }

  @Mutation(() => VolunteerModel)
  registerVolunteer(@Args('input') input: RegisterVolunteerInput): Promise<VolunteerModel> {
    return this.service.register(input);
  }

  @Mutation(() => VolunteerModel)
  updateVolunteer(@Args('input') input: UpdateVolunteerInput): Promise<VolunteerModel> {
    return this.service.update(input);
  }

  @Mutation(() => PoliceCertificateCheckModel, {
    description:
      'Record that a police certificate was shown (kind, date, task); who checked it is you. Never upload it.',
  })
  recordPoliceCertificate(
    @Args('input') input: PoliceCertificateInput,
  ): Promise<PoliceCertificateCheckModel> {
    return this.service.recordPoliceCertificate(input);
  }

  @Mutation(() => VolunteerModel)
  logVolunteerHours(@Args('input') input: VolunteerHoursInput): Promise<VolunteerModel> {
    return this.service.logHours(input);
  }

  @Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN, CentreRole.STARTER)
  @Query(() => MyVolunteerWorkModel, {
    nullable: true,
    description:
      'Your own volunteer profile in the active centre (agreement, police certificate, hours); null when you are no volunteer here.',
  })
  myVolunteerWork(): Promise<MyVolunteerWorkModel | null> {
    return this.service.mine();
  }

  @Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN, CentreRole.STARTER)
  @Mutation(() => MyVolunteerWorkModel, {
    description: 'Log hours you worked as a volunteer for the active centre.',
  })
  logMyVolunteerHours(@Args('input') input: MyVolunteerHoursInput): Promise<MyVolunteerWorkModel> {
    return this.service.logMine(input);
  }

  @ResolveField(() => [PoliceCertificateCheckModel])
  policeCertificates(@Parent() volunteer: VolunteerModel): Promise<PoliceCertificateCheckModel[]> {
    return this.loaders
      .many(
        'volunteer-police-certificates',
        (ids: string[]) => this.service.policeCertificatesOf(ids),
        (check) => check.profileId,
      )
      .load(volunteer.id);
  }

  @ResolveField(() => [VolunteerAssignmentModel], { description: 'Groups started in this centre.' })
  assignments(@Parent() volunteer: VolunteerModel): Promise<VolunteerAssignmentModel[]> {
    return this.loaders
      .many(
        'volunteer-assignments',
        (ids: string[]) => this.service.assignmentsOf(ids),
        (assignment) => assignment.userId,
      )
      .load(volunteer.userId);
  }
}
