import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { RequestContext } from '@link/platform/tenancy';
import { IdArgs } from '@link/shared/graphql';

import { Public, Roles, SIGNED_IN } from '../access.decorators';
import { LoginInput, RefreshTokenInput, SwitchCentreInput } from '../dto/auth.inputs';
import type { UserEntity } from '../entities/user.entity';
import { CheckedUser, CredentialsGuard } from '../guards/credentials.guard';
import { AuthPayloadModel } from '../models/auth-payload.model';
import { MeModel } from '../models/me.model';
import { CentreInvitationModel } from '../models/staff-invitation.model';
import { AuthService } from '../services/auth.service';
import { InvitationsService } from '../services/invitations.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly context: RequestContext,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @UseGuards(CredentialsGuard)
  @Mutation(() => AuthPayloadModel, {
    description:
      'Sign in. Returns a short-lived access token and a single-use refresh token. Attempts are ' +
      'limited per account and per IP address.',
  })
  login(
    @Args('input') input: LoginInput,
    @CheckedUser() user: UserEntity,
  ): Promise<AuthPayloadModel> {
    return this.auth.login(user, input.centre);
  }

  @Public()
  @Mutation(() => AuthPayloadModel, {
    description:
      'Exchange a refresh token for a new pair. Each refresh token works once; using one twice ' +
      'ends the whole session.',
  })
  refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayloadModel> {
    return this.auth.refresh(input.refreshToken);
  }

  @Roles(SIGNED_IN)
  @Mutation(() => AuthPayloadModel, {
    description: 'Work in another centre where you have a membership. Returns new tokens.',
  })
  switchCentre(@Args('input') input: SwitchCentreInput): Promise<AuthPayloadModel> {
    return this.auth.switchCentre(input.centre);
  }

  @Roles(SIGNED_IN)
  @Query(() => [CentreInvitationModel], {
    description: 'Open invitations to the signed-in person to work in other centres.',
  })
  async myCentreInvitations(): Promise<CentreInvitationModel[]> {
    return this.invitations.openFor(this.context.requireSignedIn().userId);
  }

  @Roles(SIGNED_IN)
  @Mutation(() => AuthPayloadModel, {
    description:
      'Accept an invitation: you get the role in that centre. Returns tokens that work there.',
  })
  acceptCentreInvitation(@Args() { id }: IdArgs): Promise<AuthPayloadModel> {
    return this.auth.acceptInvitation(id);
  }

  @Roles(SIGNED_IN)
  @Mutation(() => Boolean, {
    description:
      'Decline an invitation. The inviting centre is not told; it sees the invitation expire.',
  })
  declineCentreInvitation(@Args() { id }: IdArgs): Promise<boolean> {
    return this.auth.declineInvitation(id);
  }

  @Roles(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Sign out: ends this session and its refresh tokens.' })
  logout(): Promise<boolean> {
    return this.auth.logout();
  }

  @Roles(SIGNED_IN)
  @Query(() => MeModel, { description: 'The signed-in user, the active centre and memberships.' })
  me(): Promise<MeModel> {
    return this.auth.me(this.context.requireSignedIn());
  }
}
