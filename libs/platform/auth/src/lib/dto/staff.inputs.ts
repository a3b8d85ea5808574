import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';

import { CentreRole } from '@link/platform/tenancy';

import { IsAccountEmail, IsNewPassword, IsPersonName } from './credentials';

const roleMessage = {
  message: 'Velg en rolle: senteradministrator, koordinator eller igangsetter.',
};

@InputType({
  description:
    'Invite a person, by e-mail address, to work in the active centre. The answer is the same ' +
    'whether or not the address has an account.',
})
export class InviteStaffMemberInput {
  @Field()
  @IsAccountEmail()
  email: string;

  @Field({ description: 'The name of the account, should the address have none yet.' })
  @IsPersonName()
  displayName: string;

  @Field(() => CentreRole, { description: 'The role the person gets on accepting.' })
  @IsEnum(CentreRole, roleMessage)
  role: CentreRole;

  @Field({
    description:
      'First password (at least 12 characters), used only if the address has no account yet; ' +
      'tell it to the person in person. Always required, so the answer does not tell whether ' +
      'the address has an account. A person who has one signs in with their own password.',
  })
  @IsNewPassword()
  initialPassword: string;
}

@InputType()
export class SetStaffRoleInput {
  @Field(() => ID, { description: 'The staff member (membership) id.' })
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;

  @Field(() => CentreRole)
  @IsEnum(CentreRole, roleMessage)
  role: CentreRole;
}
