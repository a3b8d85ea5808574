import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

import { PartnerInput, ServiceInput, UpdatePartnerInput } from '../dto/directory.inputs';
import { PartnerModel, ReferralModel, ServiceModel } from '../models/directory.models';
import { DirectoryService } from '../services/directory.service';
import { IntakeStaff } from './intake-roles';

@ArgsType()
class ReferArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'participantId må være en gyldig id.' })
  participantId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'serviceId må være en gyldig id.' })
  serviceId: string;
}

@Resolver()
@IntakeStaff()
export class DirectoryResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [PartnerModel], { description: "The centre's partner organisations, by name." })
  partners(): Promise<PartnerModel[]> {
    return this.directory.partners();
  }

  @Mutation(() => PartnerModel)
  createPartner(@Args('input') input: PartnerInput): Promise<PartnerModel> {
    return this.directory.createPartner(input);
  }

  @Mutation(() => PartnerModel)
  updatePartner(@Args('input') input: UpdatePartnerInput): Promise<PartnerModel> {
    return this.directory.updatePartner(input);
  }

  @Query(() => [ServiceModel], {
    description: 'Other offers the centre refers people to, by name.',
  })
  services(): Promise<ServiceModel[]> {
    return this.directory.services();
  }

  @Mutation(() => ServiceModel)
  createService(@Args('input') input: ServiceInput): Promise<ServiceModel> {
    return this.directory.createService(input);
  }

  @Mutation(() => ReferralModel, { description: 'Record that a person was referred to a service.' })
  referParticipant(@Args() { participantId, serviceId }: ReferArgs): Promise<ReferralModel> {
    return this.directory.refer(participantId, serviceId);
  }
}
