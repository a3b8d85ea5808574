import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { Environment } from '@link/platform/config';
import { BadUserInputError } from '@link/shared/errors';

import { textErrors } from './text-errors';
import { variableErrors } from './variable-errors';

/**
 * Checks every request before any guard or resolver runs: its variables against their types, its
 * text for characters no field can take, and its cost.
 * Each field costs 1 unless it declares `complexity` (reports cost by period length and figures).
 *
 * It runs in `didResolveOperation`, where Apollo answers an error with HTTP 500 unless the error
 * names a status: every refusal here is the caller's mistake, so it carries 400.
 */
@Plugin()
export class QueryComplexityPlugin implements ApolloServerPlugin {
  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    private readonly environment: Environment,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const maximum = this.environment.GRAPHQL_MAX_COMPLEXITY;
    const hideSchemaDetails = this.environment.NODE_ENV === 'production';
    return {
      async didResolveOperation({ request, document, operation }) {
        // The complexity depends on the variables (a report's period), so they are checked first,
        // the way execution would check them.
        const invalid =
          (operation && variableErrors(schema, operation, request.variables, hideSchemaDetails)) ||
          textErrors(document, request.variables);
        if (invalid) throw clientError(invalid);
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch (error) {
          // E.g. an operation name the document does not have: also the caller's mistake.
          if (error instanceof GraphQLError)
            throw clientError(new BadUserInputError(error.message));
          throw error;
        }
        if (complexity > maximum) {
          throw clientError(
            new BadUserInputError(
              `Spørringen er for stor (kompleksitet ${complexity}, høyst ${maximum}). Del den opp.`,
            ),
          );
        }
      },
    };
  }
}

/** Apollo reads `extensions.http` for the response status and removes it from the response. */
function clientError<T extends GraphQLError>(error: T): T {
  Object.assign(error.extensions, { http: { status: 400 } });
  return error;
}
