import { Field, ObjectType } from '@nestjs/graphql';

import { MeModel } from './me.model';

@ObjectType('AuthPayload', { description: 'Tokens for a signed-in user.' })
export class AuthPayloadModel {
  @Field({ description: 'Send as "Authorization: Bearer <token>". Short-lived.' })
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Single use: exchange it with refreshToken for a new pair.' })
  refreshToken: string;

  @Field()
  refreshTokenExpiresAt: Date;

  @Field(() => MeModel)
  me: MeModel;
}
