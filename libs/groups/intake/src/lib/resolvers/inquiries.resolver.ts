import {
  Args,
  ArgsType,
  Field,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

import { PageArgs, IdArgs } from '@link/shared/graphql';

import { RegisterInquiryInput, UpdateInquiryInput } from '../dto/inquiry.inputs';
import { InquiryDeadlineModel, InquiryModel, InquiryPage } from '../models/inquiry.model';
import { ParticipantModel } from '../models/participant.model';
import { InquiriesService } from '../services/inquiries.service';
import { ParticipantsService } from '../services/participants.service';
import { IntakeStaff } from './intake-roles';

@ArgsType()
class InquiriesArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'true: still open; false: closed.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'participantId må være en gyldig id.' })
  participantId?: string;
}

@ArgsType()
class DeadlinesArgs {
  @Field(() => Int, {
    defaultValue: 24,
    description: 'Include what falls due within this many hours.',
  })
  @IsInt()
  @Min(0)
  @Max(24 * 14, { message: 'Høyst to uker frem.' })
  withinHours = 24;
}

@Resolver(() => InquiryModel)
@IntakeStaff()
export class InquiriesResolver {
  constructor(
    private readonly inquiryService: InquiriesService,
    private readonly participantService: ParticipantsService,
  ) {}

  @Query(() => InquiryPage, { description: "The centre's inquiries, newest first." })
  inquiries(@Args() args: InquiriesArgs) {
    return this.inquiryService.list(args, args.open, args.participantId);
  }

  @Query(() => InquiryModel)
  inquiry(@Args() { id }: IdArgs): Promise<InquiryModel> {
    return this.inquiryService.get(id);
  }

  @Query(() => [InquiryDeadlineModel], {
    description:
      'Promises that are overdue or fall due soon (default: the next 24 hours), most urgent first.',
  })
  inquiryDeadlines(@Args() { withinHours }: DeadlinesArgs): Promise<InquiryDeadlineModel[]> {
    return this.inquiryService.deadlines(withinHours);
  }

  @Query(() => String, {
    nullable: true,
    description: 'The message left on the public form. Audited.',
  })
  inquiryMessage(@Args() { id }: IdArgs): Promise<string | null> {
    return this.inquiryService.message(id);
  }

  @Mutation(() => InquiryModel, {
    description: 'Register an inquiry (phone call, e-mail, visit, referral).',
  })
  registerInquiry(@Args('input') input: RegisterInquiryInput): Promise<InquiryModel> {
    return this.inquiryService.register(input);
  }

  @Mutation(() => InquiryModel, {
    description: 'Record the first answer, the booked or held conversation, or the outcome.',
  })
  updateInquiry(@Args('input') input: UpdateInquiryInput): Promise<InquiryModel> {
    return this.inquiryService.update(input);
  }

  @ResolveField(() => ParticipantModel)
  participant(@Parent() inquiry: InquiryModel): Promise<ParticipantModel> {
    return this.participantService.load(inquiry.participantId);
  }
}
