import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `How many to return (1–${MAX_PAGE_SIZE}).` })
  @IsInt({ message: 'limit må være et heltall.' })
  @Min(1, { message: 'limit må være minst 1.' })
  @Max(MAX_PAGE_SIZE, { message: `limit kan være høyst ${MAX_PAGE_SIZE}.` })
  limit = 50;

  @Field(() => Int, { defaultValue: 0, description: 'How many to skip from the start.' })
  @IsInt({ message: 'offset må være et heltall.' })
  @Min(0, { message: 'offset kan ikke være negativ.' })
  offset = 0;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasMore: boolean;
}

/** A page type for a list in the schema: `items`, `totalCount` and `hasMore`. */
export function Paginated<T>(item: Type<T>, name: string) {
  @ObjectType(name, { description: `A page of ${item.name.replace(/Model$/, '')} results.` })
  class PageType implements Page<T> {
    @Field(() => [item])
    items: T[];

    @Field(() => Int, { description: 'How many there are in all.' })
    totalCount: number;

    @Field({ description: 'Whether there are more after this page.' })
    hasMore: boolean;
  }
  return PageType;
}

export function toPage<T>(items: T[], totalCount: number, page: PageArgs): Page<T> {
  return { items, totalCount, hasMore: page.offset + items.length < totalCount };
}
