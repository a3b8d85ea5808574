import { Field, ID, ObjectType } from '@nestjs/graphql';

import type { CentreEntity } from './centre.entity';

@ObjectType('Centre', { description: 'A LINK self-help centre (one tenant of the platform).' })
export class CentreModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Short name used in sign-in and public addresses, e.g. "bergen".' })
  slug: string;

  @Field({ description: 'The full name, e.g. "LINK Bergen og omegn".' })
  name: string;

  @Field(() => [String], { description: 'The municipalities (kommuner) the centre serves.' })
  municipalities: string[];

  @Field({ description: "IANA time zone for the centre's business rules (Europe/Oslo)." })
  timeZone: string;

  static from(
    entity: Pick<CentreEntity, 'id' | 'slug' | 'name' | 'municipalities' | 'timeZone'>,
  ): CentreModel {
    return Object.assign(new CentreModel(), {
      id: entity.id,
      slug: entity.slug,
      name: entity.name,
      municipalities: entity.municipalities,
      timeZone: entity.timeZone,
    });
  }
}
