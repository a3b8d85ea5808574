import { Args, Query, Resolver } from '@nestjs/graphql';

import { WaitlistFilter } from '../dto/waitlist.args';
import { ParticipantPage } from '../models/participant.model';
import { WaitlistFiguresModel } from '../models/waitlist.models';
import { WaitlistService } from '../services/waitlist.service';
import { IntakeStaff } from './intake-roles';

@Resolver()
@IntakeStaff()
export class WaitlistResolver {
  constructor(private readonly service: WaitlistService) {}

  @Query(() => ParticipantPage, {
    description:
      'Who is waiting for a group, longest-waiting first. People who named no time or day fit every filter.',
  })
  waitlist(@Args() filter: WaitlistFilter) {
    return this.service.list(filter, filter);
  }

  @Query(() => WaitlistFiguresModel, {
    description: 'How many wait, the median wait and the longest, in days.',
  })
  waitlistFigures(): Promise<WaitlistFiguresModel> {
    return this.service.figures();
  }
}
