import { Field, ID, ObjectType } from '@nestjs/graphql';

import { Paginated } from '@link/shared/graphql';

import { HeardVia, InquiryChannel, InquiryOutcome, InquirySource, SlaState } from '../intake.enums';

@ObjectType('Inquiry', {
  description: 'One contact with the centre, and its 1-day / 1-week promise.',
})
export class InquiryModel {
  @Field(() => ID) id: string;
  @Field(() => ID) participantId: string;
  @Field(() => InquirySource) source: InquirySource;
  @Field() receivedAt: Date;
  @Field(() => InquiryChannel) channel: InquiryChannel;
  @Field(() => HeardVia, { nullable: true }) heardVia: HeardVia | null;
  @Field(() => ID, { nullable: true }) referringPartnerId: string | null;
  @Field(() => String, { nullable: true }) preferredContactTimes: string | null;
  @Field({
    description: 'Whether the person left a message on the public form (read with inquiryMessage).',
  })
  hasMessage: boolean;
  @Field({ description: 'An answer is promised within a day (same local time the next day).' })
  answerDueAt: Date;
  @Field({ description: 'An invitation to the individual conversation is promised within a week.' })
  conversationDueAt: Date;
  @Field(() => Date, { nullable: true }) firstAnswerAt: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the person was invited to the individual conversation.',
  })
  conversationInvitedAt: Date | null;
  @Field(() => Date, { nullable: true }) conversationBookedFor: Date | null;
  @Field(() => Date, { nullable: true }) conversationHeldAt: Date | null;
  @Field(() => InquiryOutcome, { nullable: true }) outcome: InquiryOutcome | null;
  @Field(() => SlaState) answerState: SlaState;
  @Field(() => SlaState, {
    description:
      'The 1-week promise as the centres state it: invited to the individual conversation within a week.',
  })
  conversationState: SlaState;
  @Field(() => SlaState, { description: 'Whether the conversation was also held within the week.' })
  conversationHeldState: SlaState;
}

export const InquiryPage = Paginated(InquiryModel, 'InquiryPage');

@ObjectType('InquiryDeadline', { description: 'A promise that is overdue or falls due soon.' })
export class InquiryDeadlineModel {
  @Field(() => InquiryModel) inquiry: InquiryModel;
  @Field(() => String, { description: 'ANSWER or CONVERSATION.' }) promise:
    | 'ANSWER'
    | 'CONVERSATION';
  @Field() dueAt: Date;
  @Field() overdue: boolean;
  @Field({ description: "The person, for the coordinator's list." }) displayName: string;
}
