import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { IsAccountEmail, IsCentreSlug } from './credentials';

@InputType({ description: 'Sign in with e-mail and password.' })
export class LoginInput {
  @Field()
  @IsAccountEmail()
  email: string;

  @Field()
  @IsString({ message: 'Passordet må være tekst.' })
  @MaxLength(200, { message: 'Passordet kan ha høyst 200 tegn.' })
  password: string;

  @Field({
    nullable: true,
    description:
      'The centre to work in (its slug). Optional when the user works in one centre only.',
  })
  @IsOptional()
  @IsCentreSlug()
  centre?: string;
}

@InputType()
export class RefreshTokenInput {
  @Field()
  @IsString({ message: 'refreshToken må være tekst.' })
  @MaxLength(200, { message: 'refreshToken er for lang.' })
  refreshToken: string;
}

@InputType()
export class SwitchCentreInput {
  @Field({ description: 'The slug of a centre where the user has an active membership.' })
  @IsCentreSlug()
  centre: string;
}
