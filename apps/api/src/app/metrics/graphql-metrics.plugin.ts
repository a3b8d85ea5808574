import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { OperationDefinitionNode } from 'graphql';

import { MetricsService, type RequestOutcome } from './metrics.service';

/** Times every GraphQL request and counts it by its root fields and outcome. */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: MetricsService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const started = process.hrtime.bigint();
    let operation = 'unparsed';
    return {
      didResolveOperation: async ({ operation: resolved }) => {
        if (resolved) operation = rootFields(resolved);
      },
      willSendResponse: async ({ response }) => {
        const status = response.http.status ?? 200;
        const errors =
          response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        const outcome: RequestOutcome =
          status >= 500 ||
          errors.some((error) => error.extensions?.['code'] === 'INTERNAL_SERVER_ERROR')
            ? 'server_error'
            : status >= 400 || errors.length > 0
              ? 'client_error'
              : 'ok';
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        this.metrics.observeRequest(operation, outcome, seconds);
      },
    };
  }
}

/** "query groups", "mutation registerInquiry+answerInquiry": names from the schema only. */
function rootFields(operation: OperationDefinitionNode): string {
  const fields = operation.selectionSet.selections
    .map((selection) => (selection.kind === 'Field' ? selection.name.value : '…'))
    .sort();
  return `${operation.operation} ${[...new Set(fields)].join('+')}`;
}
