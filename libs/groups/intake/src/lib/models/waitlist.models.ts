import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WaitlistFigures', { description: 'How many wait, and for how long (whole days).' })
export class WaitlistFiguresModel {
  @Field(() => Int) waiting: number;
  @Field(() => Int, { nullable: true }) medianDays: number | null;
  @Field(() => Int, { nullable: true }) longestDays: number | null;
}
