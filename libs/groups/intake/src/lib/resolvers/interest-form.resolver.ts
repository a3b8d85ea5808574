import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

import { Public } from '@link/platform/auth';

import { InterestFormInput } from '../dto/interest-form.input';
import { InterestFormService } from '../services/interest-form.service';

@Resolver()
export class InterestFormResolver {
  constructor(private readonly form: InterestFormService) {}

  @Public()
  @Mutation(() => String, {
    description:
      'Open to anyone: ask a centre to get in touch. Returns the same receipt whatever happens, ' +
      'and reveals nothing about who the centre knows.',
  })
  submitInterestForm(
    @Args('input') input: InterestFormInput,
    @Context('req') request: Request,
  ): Promise<string> {
    return this.form.submit(input, request.ip ?? 'unknown');
  }
}
