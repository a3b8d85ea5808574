import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';

import { IsCentreSlug, PublicRead, Roles } from '@link/platform/auth';
import { CentreModel, CentreRole, PlatformRole } from '@link/platform/tenancy';

import { CentreProfileModel, PublicCentreModel, UpdateCentreProfileInput } from './centre-profile';
import { CentresService } from './centres.service';
import { OnboardCentreInput } from './onboard-centre.input';

@ArgsType()
class PublicCentreArgs {
  @Field({ description: 'The centre\'s slug, e.g. "bergen".' })
  @IsCentreSlug()
  slug: string;
}

@Resolver(() => CentreModel)
export class CentresResolver {
  constructor(private readonly service: CentresService) {}

  @Roles(PlatformRole.PLATFORM_ADMIN, PlatformRole.NATIONAL_ANALYST)
  @Query(() => [CentreModel], { description: 'Every centre on the platform, by name.' })
  centres(): Promise<CentreModel[]> {
    return this.service.all();
  }

  @Roles(CentreRole.CENTRE_ADMIN, CentreRole.COORDINATOR, CentreRole.STARTER)
  @Query(() => CentreProfileModel, {
    description: "The active centre's name, municipalities and contact details.",
  })
  centreProfile(): Promise<CentreProfileModel> {
    return this.service.profile();
  }

  @PublicRead()
  @Query(() => PublicCentreModel, {
    description:
      "Open to anyone: a centre's name and public contact details, for its public pages. " +
      'NOT_FOUND for a slug that is no centre.',
  })
  publicCentre(@Args() { slug }: PublicCentreArgs): Promise<PublicCentreModel> {
    return this.service.publicProfile(slug);
  }

  @Roles(CentreRole.CENTRE_ADMIN)
  @Mutation(() => CentreProfileModel, {
    description:
      "Change the active centre's name, municipalities or contact details (centre admins only).",
  })
  updateCentreProfile(@Args('input') input: UpdateCentreProfileInput): Promise<CentreProfileModel> {
    return this.service.updateProfile(input);
  }

  @Roles(PlatformRole.PLATFORM_ADMIN)
  @Mutation(() => CentreModel, {
    description: 'Onboard a new centre with its first centre administrator, in one step.',
  })
  onboardCentre(@Args('input') input: OnboardCentreInput): Promise<CentreModel> {
    return this.service.onboard(input);
  }
}
