import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

import { CentreRole } from '@link/platform/tenancy';
import { PageArgs, IdArgs } from '@link/shared/graphql';

import { Roles } from '../access.decorators';
import { AddStaffMemberInput, SetStaffRoleInput } from '../dto/staff.inputs';
import { StaffMemberModel, StaffPage } from '../models/staff-member.model';
import { StaffService } from '../services/staff.service';

@ArgsType()
class StaffArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Include deactivated staff.' })
  @IsBoolean()
  includeDeactivated = false;
}

/** Staff administration in the active centre: only its centre admins. */
@Resolver(() => StaffMemberModel)
@Roles(CentreRole.CENTRE_ADMIN)
export class StaffResolver {
  constructor(private readonly staff: StaffService) {}

  @Query(() => StaffPage, { description: 'The staff of the active centre, by name.' })
  staffMembers(@Args() args: StaffArgs) {
    return this.staff.list(args, args.includeDeactivated);
  }

  @Mutation(() => StaffMemberModel, {
    description:
      'Give a person a role in the active centre. Creates their account if they have none; ' +
      'someone who already works in another centre keeps their account and password.',
  })
  addStaffMember(@Args('input') input: AddStaffMemberInput): Promise<StaffMemberModel> {
    return this.staff.add(input);
  }

  @Mutation(() => StaffMemberModel, { description: "Change a staff member's role." })
  setStaffRole(@Args('input') input: SetStaffRoleInput): Promise<StaffMemberModel> {
    return this.staff.setRole(input);
  }

  @Mutation(() => StaffMemberModel, {
    description:
      "Take away a person's access to the active centre, at once. Their other centres are not affected.",
  })
  deactivateStaffMember(@Args() { id }: IdArgs): Promise<StaffMemberModel> {
    return this.staff.deactivate(id);
  }

  @Mutation(() => StaffMemberModel, {
    description: 'Give a deactivated staff member access again.',
  })
  reactivateStaffMember(@Args() { id }: IdArgs): Promise<StaffMemberModel> {
    return this.staff.reactivate(id);
  }
}
