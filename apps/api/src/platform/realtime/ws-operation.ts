import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { assertNoNulInput } from '../graphql/nul-input';
import { assertQueryLimits, type QueryLimits } from '../limits/graphql-limits';

const withCode = (e: GraphQLError, code: string) =>
  new GraphQLError(e.message, {
    nodes: e.nodes,
    source: e.source,
    positions: e.positions,
    extensions: { ...e.extensions, code },
  });

/**
 * What graphql-ws's `onSubscribe` answers for one operation: its execution arguments, or the errors that refuse it
 * (syntax, validation, NUL input, depth/alias/cost limits — the same checks and codes as HTTP). Errors are returned,
 * never thrown: a throw closes the whole socket (4500) with every other subscription on it, a returned list
 * answers an `error` message for this operation only.
 */
export function wsOperation(
  schema: GraphQLSchema,
  payload: SubscribePayload,
  limits: QueryLimits,
  opts: { introspection: boolean } = { introspection: true },
): ExecutionArgs | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (err) {
    if (err instanceof GraphQLError) return [withCode(err, 'GRAPHQL_PARSE_FAILED')];
    throw err;
  }
  // GRAPHQL_INTROSPECTION=false refuses `__schema`/`__type` over the socket too, as Apollo does over HTTP.
  const rules = opts.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  const invalid = validate(schema, document, rules);
  if (invalid.length) return invalid.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
  const variables = payload.variables ?? undefined;
  try {
    assertNoNulInput(document, payload.operationName, variables);
    assertQueryLimits(document, payload.operationName, variables, limits);
  } catch (err) {
    if (err instanceof GraphQLError) return [err];
    throw err;
  }
  return { schema, document, operationName: payload.operationName, variableValues: variables };
}
