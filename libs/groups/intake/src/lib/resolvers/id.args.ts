import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;
}
