import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLError } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { Environment } from '@link/platform/config';
import { BadUserInputError } from '@link/shared/errors';

/**
 * Refuses queries that would cost too much before any resolver runs. Each field costs 1 unless it
 * declares `complexity`; lists multiply by their page size where the field says so.
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
    return {
      async didResolveOperation({ request, document }) {
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
          // It coerces the variables before Apollo does: a bad variable is the caller's mistake.
          if (error instanceof GraphQLError) throw new BadUserInputError(error.message);
          throw error;
        }
        if (complexity > maximum) {
          throw new BadUserInputError(
            `Spørringen er for stor (kompleksitet ${complexity}, høyst ${maximum}). Del den opp.`,
          );
        }
      },
    };
  }
}
