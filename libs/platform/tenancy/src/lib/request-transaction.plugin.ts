import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AsyncResource } from 'node:async_hooks';

import { Environment } from '@link/platform/config';
import { INTERNAL_ERROR_MESSAGE, ServiceUnavailableError } from '@link/shared/errors';

import { RequestTransaction } from './request-transaction';

/**
 * Ends the request transaction when the response is ready, before it is sent: a mutation with
 * any error rolls back as a whole; a query commits (what it wrote, such as audit entries of what
 * it read, must stand). A failed commit turns the response into an error.
 *
 * A request has REQUEST_TIMEOUT_MS: when it passes, or when the client goes away first, the API
 * gives up on it (`RequestTransaction.abandon`): rolled back, never committed later, answered
 * with SERVICE_UNAVAILABLE. Every SERVICE_UNAVAILABLE answer (also a statement or lock timeout
 * inside PostgreSQL) is an HTTP 503: nothing was saved and the client may send it again.
 */
@Plugin()
export class RequestTransactionPlugin implements ApolloServerPlugin<{ res?: Response }> {
  private readonly logger = new Logger(RequestTransactionPlugin.name);

  constructor(
    private readonly transaction: RequestTransaction,
    private readonly environment: Environment,
  ) {}

  async requestDidStart({
    contextValue,
  }: {
    contextValue: { res?: Response };
  }): Promise<GraphQLRequestListener<{ res?: Response }>> {
    const { transaction, logger } = this;
    const timeoutMs = this.environment.REQUEST_TIMEOUT_MS;
    // A timer runs in the request's context; an event listener must be bound to it.
    const deadline = setTimeout(() => {
      logger.warn(`Request gave up after ${timeoutMs} ms; its transaction is rolled back`);
      transaction.abandon(new ServiceUnavailableError());
    }, timeoutMs);
    deadline.unref();
    const response = contextValue.res;
    const clientGone = AsyncResource.bind(() => {
      if (!response?.writableEnded) transaction.abandon(new ServiceUnavailableError());
    });
    response?.once('close', clientGone);

    return {
      async willSendResponse({ response: graphqlResponse, operation }) {
        clearTimeout(deadline);
        response?.off('close', clientGone);
        const body = graphqlResponse.body;
        const abandoned = transaction.abandonedBy();
        const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
        const commit = !abandoned && (operation?.operation !== 'mutation' || !failed);
        const ended = await transaction.finish(commit);
        if (body.kind !== 'single') return;
        if (abandoned) {
          body.singleResult.data = null;
          body.singleResult.errors = [
            { message: abandoned.message, extensions: { code: 'SERVICE_UNAVAILABLE' } },
          ];
        } else if (!ended && commit) {
          body.singleResult.data = null;
          body.singleResult.errors = [
            { message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ];
        }
        const unavailable = body.singleResult.errors?.some(
          (error) => error.extensions?.['code'] === 'SERVICE_UNAVAILABLE',
        );
        if (unavailable) {
          graphqlResponse.http.status = 503;
          graphqlResponse.http.headers.set('retry-after', '1');
        }
      },
    };
  }
}
