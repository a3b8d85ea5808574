import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { CentreRole } from '@link/platform/tenancy';

import { IsAccountEmail, IsNewPassword, IsPersonName } from './credentials';

const roleMessage = { message: 'Velg en rolle: CENTRE_ADMIN, COORDINATOR eller STARTER.' };

@InputType({ description: 'Give a person a role in the active centre.' })
export class AddStaffMemberInput {
  @Field()
  @IsAccountEmail()
  email: string;

  @Field({ description: 'Used when the person has no account yet.' })
  @IsPersonName()
  displayName: string;

  @Field(() => CentreRole)
  @IsEnum(CentreRole, roleMessage)
  role: CentreRole;

  @Field({
    nullable: true,
    description:
      'First password for a new account (at least 12 characters); tell it to the person in ' +
      'person. Ignored when the person already has an account (e.g. from another centre).',
  })
  @IsOptional()
  @IsNewPassword()
  initialPassword?: string;
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
