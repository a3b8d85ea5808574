import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';

import { CentreRole } from '@link/platform/tenancy';
import { PageArgs, IdArgs } from '@link/shared/graphql';

import { Roles } from '../access.decorators';
import { InviteStaffMemberInput, SetStaffRoleInput } from '../dto/staff.inputs';
import { StaffMemberModel, StaffPage } from '../models/staff-member.model';
import { StaffInvitationModel, StaffInvitationPage } from '../models/staff-invitation.model';
import { StaffService } from '../services/staff.service';

@ArgsType()
class StaffArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Include deactivated staff.' })
  @IsBoolean()
  includeDeactivated = false;
}

@ArgsType()
class InvitationArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only invitations still open.' })
  @IsBoolean()
  openOnly = false;
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

  @Mutation(() => StaffInvitationModel, {
    description:
      'Invite a person by e-mail address to work in the active centre. They join when they ' +
      'accept, signed in. The answer is the same whether or not the address has an account, ' +
      'and tells nothing of it (not its name); a new account gets initialPassword.',
  })
  inviteStaffMember(@Args('input') input: InviteStaffMemberInput): Promise<StaffInvitationModel> {
    return this.staff.invite(input);
  }

  @Query(() => StaffInvitationPage, {
    description: "The active centre's invitations, newest first.",
  })
  staffInvitations(@Args() args: InvitationArgs) {
    return this.staff.listInvitations(args, args.openOnly);
  }

  @Mutation(() => StaffInvitationModel, {
    description: 'Withdraw an invitation that has not been accepted.',
  })
  cancelStaffInvitation(@Args() { id }: IdArgs): Promise<StaffInvitationModel> {
    return this.staff.cancelInvitation(id);
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
