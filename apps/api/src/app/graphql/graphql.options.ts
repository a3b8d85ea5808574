import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import type { Environment } from '@link/platform/config';
import { BadUserInputError, formatGraphqlError, isUnexpectedError } from '@link/shared/errors';
import { DateTimeScalar } from '@link/shared/graphql';

import { CompiledExecution } from './compiled-execution';

const logger = new Logger('GraphQL');
const SCHEMA_DIRECTORY = join(process.cwd(), 'apps/api');

/**
 * Code-first schema. In a checkout it is written to apps/api/schema.gql, which is committed, so a
 * change to the API shows in review (and CI fails when the committed file is stale).
 */
export function graphqlOptions(environment: Environment): ApolloDriverConfig {
  const development = environment.NODE_ENV === 'development';
  const introspection = environment.NODE_ENV !== 'production';
  const execution = new CompiledExecution();
  const options: ApolloDriverConfig = {
    path: '/graphql',
    autoSchemaFile:
      environment.NODE_ENV !== 'production' && existsSync(SCHEMA_DIRECTORY)
        ? join(SCHEMA_DIRECTORY, 'schema.gql')
        : true,
    sortSchema: true,
    // Every `Date` in an input or a model is our strict DateTime (see DateTimeScalar).
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    transformSchema: execution.useSchema,
    playground: false,
    introspection,
    // Without introspection the schema is not public: no "Did you mean …?" in validation errors.
    hideSchemaDetailsFromClientErrors: !introspection,
    plugins: [
      // The API sends no cache hints (every answer is per user and centre, Cache-Control comes
      // from nowhere else), and the cache-control plugin, on by default, wraps every field's
      // resolver to collect them: on a page of 50 groups, some 300 calls per request for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ...(environment.NODE_ENV === 'production'
        ? []
        : [ApolloServerPluginLandingPageLocalDefault({ embed: true })]),
    ],
    includeStacktraceInErrorResponses: development,
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
    validationRules: [
      maxDepthRule({
        n: environment.GRAPHQL_MAX_DEPTH,
        flattenFragments: true,
        // Report as a validation error (a 400 with BAD_USER_INPUT) instead of throwing.
        propagateOnRejection: false,
        onReject: [
          (context) =>
            context?.reportError(
              new BadUserInputError(
                `Spørringen er nestet for dypt (høyst ${environment.GRAPHQL_MAX_DEPTH} nivåer). Del den opp.`,
              ),
            ),
        ],
      }),
    ],
    formatError: (formatted, error) => {
      if (isUnexpectedError(error)) logger.error({ err: error }, 'Unexpected GraphQL error');
      return formatGraphqlError(formatted, error, development);
    },
  };
  // Apollo Server takes another executor only from a gateway. Nest's types leave `gateway` out
  // (it is the federation driver's), but its Apollo driver hands every option to ApolloServer.
  return Object.assign(options, { gateway: execution });
}
