import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '@link/platform/auth';
import { CentreModel, PlatformRole } from '@link/platform/tenancy';

import { CentresService } from './centres.service';
import { OnboardCentreInput } from './onboard-centre.input';

@Resolver(() => CentreModel)
export class CentresResolver {
  constructor(private readonly service: CentresService) {}

  @Roles(PlatformRole.PLATFORM_ADMIN, PlatformRole.NATIONAL_ANALYST)
  @Query(() => [CentreModel], { description: 'Every centre on the platform, by name.' })
  centres(): Promise<CentreModel[]> {
    return this.service.all();
  }

  @Roles(PlatformRole.PLATFORM_ADMIN)
  @Mutation(() => CentreModel, {
    description: 'Onboard a new centre with its first centre administrator, in one step.',
  })
  onboardCentre(@Args('input') input: OnboardCentreInput): Promise<CentreModel> {
    return this.service.onboard(input);
  }
}
