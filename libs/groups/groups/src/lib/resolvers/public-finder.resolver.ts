import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';

import { IsCentreSlug, PublicRead } from '@link/platform/auth';

import { PublicGroupModel } from '../models/group.models';
import { PublicFinderService } from '../services/public-finder.service';

@ArgsType()
class PublicGroupsArgs {
  @Field({ description: 'The centre\'s slug, e.g. "bergen".' })
  @IsCentreSlug()
  centre: string;
}

@Resolver()
export class PublicFinderResolver {
  constructor(private readonly finder: PublicFinderService) {}

  @PublicRead()
  @Query(() => [PublicGroupModel], {
    description:
      'Open to anyone: open groups, and closed groups taking members. Then use submitInterestForm.',
  })
  publicGroups(@Args() { centre }: PublicGroupsArgs): Promise<PublicGroupModel[]> {
    return this.finder.find(centre);
  }
}
