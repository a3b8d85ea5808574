import type {
  GatewayExecutionResult,
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { type DocumentNode, execute, GraphQLError, type GraphQLSchema } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** How many compiled queries are kept; the web app sends a few dozen. */
const MAX_COMPILED = 500;
/** How many queries seen once are remembered before the count starts over. */
const MAX_SEEN = 10_000;

/**
 * Executes GraphQL queries with graphql-jit: a query the API has been sent before is compiled
 * once into a function that resolves and serializes its fields directly, instead of graphql-js
 * walking the document for every field of every row (a fifth of the API's CPU on the public
 * finder's list). graphql-js answers a query the first time, so a client sending ever-new
 * queries makes the API compile nothing; it also answers every mutation, since graphql-jit 0.8
 * leaves out the default of a required input field given in a variable (durationMinutes of
 * CreateGroupInput), and mutations are few and small.
 *
 * Apollo Server 5 takes another executor only from a "gateway", so this is a gateway for one
 * local schema: Nest hands it the schema it built (`useSchema`, its transformSchema hook), and
 * Apollo still parses, validates and runs every plugin before it calls the executor.
 */
export class CompiledExecution implements GatewayInterface {
  private schema: GraphQLSchema | undefined;
  /** Compiled queries by hash and operation name; null for one graphql-jit could not compile. */
  private readonly compiled = new Map<string, CompiledQuery | null>();
  private readonly seen = new Set<string>();

  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    this.compiled.clear();
    return schema;
  };

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    if (!this.schema) throw new Error('CompiledExecution has no schema: give Nest its useSchema.');
    callback({ apiSchema: this.schema, coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load(): Promise<{ executor: GatewayExecutor }> {
    return { executor: (request) => this.execute(request) };
  }

  async stop(): Promise<void> {
    this.compiled.clear();
    this.seen.clear();
  }

  private async execute(request: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> {
    const { schema, document, operationName, context } = request;
    const variables = request.request.variables ?? {};
    const compiled = request.operation.operation === 'query' ? this.compiledFor(request) : null;
    if (!compiled) {
      return execute({
        schema,
        document,
        operationName,
        contextValue: context,
        variableValues: variables,
      });
    }
    const result = await compiled.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  }

  /** The query compiled the second time it comes; null before (graphql-js runs it). */
  private compiledFor({
    schema,
    document,
    operationName,
    queryHash,
  }: GatewayGraphQLRequestContext) {
    const key = `${queryHash}:${operationName ?? ''}`;
    const known = this.compiled.get(key);
    if (known !== undefined) return known;
    if (!this.seen.has(key)) {
      if (this.seen.size >= MAX_SEEN) this.seen.clear();
      this.seen.add(key);
      return null;
    }
    this.seen.delete(key);
    const compiled = compile(schema, document, operationName);
    if (this.compiled.size >= MAX_COMPILED) {
      this.compiled.delete(this.compiled.keys().next().value as string);
    }
    this.compiled.set(key, compiled);
    return compiled;
  }
}

/** What graphql-jit cannot compile (null), graphql-js runs. */
function compile(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
): CompiledQuery | null {
  const result = compileQuery(schema, document, operationName ?? undefined);
  return isCompiledQuery(result) ? result : null;
}

/**
 * graphql-jit makes its errors with a GraphQLError look-alike whose `extensions` may be missing,
 * which Apollo reads as an object (a TypeError there turns the whole answer into "Internal
 * server error"). Each becomes the error graphql-js would have made: cause, path and locations.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (Object.getPrototypeOf(error) === GraphQLError.prototype) return error;
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  return Object.assign(converted, { locations: error.locations });
}
