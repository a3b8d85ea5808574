import { createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';

import { UnauthenticatedError } from '@link/shared/errors';

import type { UserEntity } from '../entities/user.entity';

interface CredentialsRequest {
  body: { email?: unknown; password?: unknown };
  ip?: string;
  user?: UserEntity;
}

/**
 * Runs passport-local on the `login` mutation. Passport reads credentials from a request body,
 * so the guard hands it one made of the mutation's input, kept in the GraphQL context.
 */
@Injectable()
export class CredentialsGuard extends AuthGuard('local') {
  override getRequest(execution: ExecutionContext): CredentialsRequest {
    const graphql = GqlExecutionContext.create(execution);
    const context = graphql.getContext<{ req: Request; credentials?: CredentialsRequest }>();
    const input =
      graphql.getArgs<{ input?: { email?: unknown; password?: unknown } }>().input ?? {};
    context.credentials = {
      body: { email: input.email, password: input.password },
      ip: context.req.ip,
    };
    return context.credentials;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    if (!user) throw new UnauthenticatedError('Skriv inn e-post og passord.', 'WRONG_CREDENTIALS');
    return user;
  }
}

/** The user whose password `CredentialsGuard` checked. */
export const CheckedUser = createParamDecorator((_: unknown, execution: ExecutionContext) => {
  const context = GqlExecutionContext.create(execution).getContext<{
    credentials?: CredentialsRequest;
  }>();
  return context.credentials?.user;
});
