import {
  Args,
  ArgsType,
  Field,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';

import { PageArgs, IdArgs } from '@link/shared/graphql';

import { UpdateParticipantInput } from '../dto/person.inputs';
import { ConsentKind, ParticipantStatus } from '../intake.enums';
import { ReferralModel } from '../models/directory.models';
import {
  ConsentModel,
  ContactDetailsModel,
  ParticipantModel,
  ParticipantPage,
} from '../models/participant.model';
import { ConsentsService } from '../services/consents.service';
import { IntakeLoaders } from '../services/intake-loaders';
import { ParticipantsService } from '../services/participants.service';
import { IntakeStaff } from './intake-roles';

@ArgsType()
class ParticipantsArgs extends PageArgs {
  @Field(() => ParticipantStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ParticipantStatus, { message: 'Ukjent status.' })
  status?: ParticipantStatus;
}

@ArgsType()
class ConsentArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'participantId må være en gyldig id.' })
  participantId: string;

  @Field(() => ConsentKind)
  @IsEnum(ConsentKind, { message: 'Ukjent samtykke.' })
  kind: ConsentKind;
}

@Resolver(() => ParticipantModel)
@IntakeStaff()
export class ParticipantsResolver {
  constructor(
    private readonly participantService: ParticipantsService,
    private readonly consentService: ConsentsService,
    private readonly loaders: IntakeLoaders,
  ) {}

  @Query(() => ParticipantPage, { description: "The centre's participants, by name." })
  participants(@Args() args: ParticipantsArgs) {
    return this.participantService.list(args, args.status);
  }

  @Query(() => ParticipantModel)
  participant(@Args() { id }: IdArgs): Promise<ParticipantModel> {
    return this.participantService.get(id);
  }

  @Mutation(() => ParticipantModel, { description: "Change a person's details or preferences." })
  updateParticipant(@Args('input') input: UpdateParticipantInput): Promise<ParticipantModel> {
    return this.participantService.update(input.id, input);
  }

  @Mutation(() => ConsentModel, { description: 'Record that the person consented, now.' })
  recordConsent(@Args() { participantId, kind }: ConsentArgs): Promise<ConsentModel> {
    return this.consentService.record(participantId, kind);
  }

  @Mutation(() => Boolean, {
    description:
      'Withdraw a consent and erase what depended on it. Returns true when the person was erased (KEEP_DATA).',
  })
  withdrawConsent(@Args() { participantId, kind }: ConsentArgs): Promise<boolean> {
    return this.consentService.withdraw(participantId, kind);
  }

  @ResolveField(() => ContactDetailsModel, {
    description: 'Decrypted phone and e-mail. Every read is audited.',
  })
  contact(@Parent() participant: ParticipantModel): Promise<ContactDetailsModel> {
    return this.loaders.contactOf(participant.id);
  }

  @ResolveField(() => [ParticipantModel], {
    description: 'Others in the centre with the same phone number or e-mail.',
  })
  possibleDuplicates(@Parent() participant: ParticipantModel): Promise<ParticipantModel[]> {
    return this.loaders.possibleDuplicatesOf(participant.id);
  }

  @ResolveField(() => [ConsentModel])
  consents(@Parent() participant: ParticipantModel): Promise<ConsentModel[]> {
    return this.loaders.consentsOf(participant.id);
  }

  @ResolveField(() => [ReferralModel])
  referrals(@Parent() participant: ParticipantModel): Promise<ReferralModel[]> {
    return this.loaders.referralsOf(participant.id);
  }
}
