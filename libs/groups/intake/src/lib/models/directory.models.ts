import { Field, ID, ObjectType } from '@nestjs/graphql';

import { PartnerKind, ServiceKind } from '../intake.enums';

@ObjectType('Partner')
export class PartnerModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PartnerKind) kind: PartnerKind;
  @Field(() => String, { nullable: true }) contactPerson: string | null;
  @Field(() => String, { nullable: true }) contactEmail: string | null;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field() lendsRooms: boolean;
}

@ObjectType('Service', { description: 'Another offer the centre refers people to.' })
export class ServiceModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ServiceKind) kind: ServiceKind;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) contact: string | null;
}

@ObjectType('Referral', { description: 'That a person was referred to a service. Nothing more.' })
export class ReferralModel {
  @Field(() => ID) id: string;
  @Field(() => ID) participantId: string;
  @Field(() => ServiceModel) service: ServiceModel;
  @Field() referredAt: Date;
}
