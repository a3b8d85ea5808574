import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';

import { INTERNAL_ERROR_MESSAGE } from '@link/shared/errors';

import { RequestTransaction } from './request-transaction';

/**
 * Ends the request transaction when the response is ready, before it is sent: a mutation with
 * any error rolls back as a whole; a query commits (what it wrote, such as audit entries of what
 * it read, must stand). A failed commit turns the response into an error.
 */
@Plugin()
export class RequestTransactionPlugin implements ApolloServerPlugin {
  constructor(private readonly transaction: RequestTransaction) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const transaction = this.transaction;
    return {
      async willSendResponse({ response, operation }) {
        const body = response.body;
        const failed = body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0;
        const commit = operation?.operation !== 'mutation' || !failed;
        const ended = await transaction.finish(commit);
        if (!ended && commit && body.kind === 'single') {
          body.singleResult.data = null;
          body.singleResult.errors = [
            { message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ];
        }
      },
    };
  }
}
