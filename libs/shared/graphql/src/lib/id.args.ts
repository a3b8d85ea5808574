import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

/** `(id: ID!)`: the arguments of every query or mutation that takes one object by id. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id må være en gyldig id.' })
  id: string;
}
