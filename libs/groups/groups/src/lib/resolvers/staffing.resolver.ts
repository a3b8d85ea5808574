import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

import { Roles } from '@link/platform/auth';
import { CentreRole } from '@link/platform/tenancy';

import { MyGroupModel, StarterDirectoryEntryModel } from '../models/staffing.models';
import { MyGroupsService } from '../services/my-groups.service';
import { StarterDirectoryService } from '../services/starter-directory.service';

@ArgsType()
class StarterDirectoryArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'A group to staff: adds CLASH_HERE and BUSY_ELSEWHERE_AT_THAT_TIME warnings for its day and time.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'forGroupId må være en gyldig id.' })
  forGroupId?: string;
}

@Resolver()
export class StaffingResolver {
  constructor(
    private readonly directory: StarterDirectoryService,
    private readonly myGroupsService: MyGroupsService,
  ) {}

  @Roles(CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
  @Query(() => [StarterDirectoryEntryModel], {
    description:
      "The centre's starters and volunteers, with qualification, police certificate, agreement, availability, current groups and clashes: to staff a group without an admin.",
  })
  starterDirectory(
    @Args() { forGroupId }: StarterDirectoryArgs,
  ): Promise<StarterDirectoryEntryModel[]> {
    return this.directory.list(forGroupId);
  }

  @Roles(CentreRole.STARTER, CentreRole.COORDINATOR, CentreRole.CENTRE_ADMIN)
  @Query(() => [MyGroupModel], {
    description:
      'The groups you start in the active centre, and those that invited you back: day, time, place, status, first names.',
  })
  myGroups(): Promise<MyGroupModel[]> {
    return this.myGroupsService.mine();
  }
}
