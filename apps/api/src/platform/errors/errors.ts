import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError } from '@clientflow/domain';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { logger } from '../logger/logger';

/**
 * The database cannot be reached (an outage, a restart): nothing was done, and the same request can be retried.
 * HTTP 503 with `Retry-After`; GraphQL `extensions.code` SERVICE_UNAVAILABLE; REST `{ error: { code } }` likewise.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const RETRY_AFTER_SECONDS = 5;
export const UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable. Please try again in a moment.';

/** For failures outside execution (context creation): Apollo takes the status and header from `extensions.http`. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(UNAVAILABLE_MESSAGE, {
    extensions: {
      code: SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** Rethrows a "database unreachable" error as SERVICE_UNAVAILABLE; anything else as it is. */
export function rethrowUnavailable(err: unknown): never {
  if (isDatabaseUnavailable(err)) {
    logger.warn({ err: (err as Error)?.message }, 'database unavailable');
    throw serviceUnavailable();
  }
  throw err;
}

/** Execution errors cannot carry an HTTP status: a response with a SERVICE_UNAVAILABLE error becomes a 503. */
export function serviceUnavailablePlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}

const firstViolation = (errors: ValidationError[], parent = ''): { field: string; message: string } | undefined => {
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const message = e.constraints && Object.values(e.constraints)[0];
    if (message) return { field, message };
    const nested = e.children && firstViolation(e.children, field);
    if (nested) return nested;
  }
  return undefined;
};

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE,
]);

/**
 * The one place errors become GraphQL errors: DomainError codes map to `extensions.code` (with the field
 * for BAD_USER_INPUT), class-validator failures become BAD_USER_INPUT naming the first bad field, an unreachable
 * database becomes SERVICE_UNAVAILABLE (retryable), and anything unknown is logged and hidden.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...(original.reason ? { reason: original.reason } : {}),
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const v = firstViolation(original.extensions.validationErrors as unknown as ValidationError[]);
    return {
      message: v ? v.message : 'Invalid input',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT', ...(v ? { field: v.field } : {}) },
    };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn({ err: (original as Error).message, path: formatted.path }, 'database unavailable');
    return {
      message: UNAVAILABLE_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    // Errors raised before execution (e.g. a NUL in the input) name the argument path like DomainErrors do.
    const field = formatted.extensions?.field;
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
    };
  }
  if (original instanceof GraphQLError && !original.originalError && !code) return formatted;
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
