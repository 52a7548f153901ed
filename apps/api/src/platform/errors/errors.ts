import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError } from '@clientflow/domain';
import { logger } from '../logger/logger';

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
]);

/**
 * The one place errors become GraphQL errors: DomainError codes map to `extensions.code` (with the field
 * for BAD_USER_INPUT), class-validator failures become BAD_USER_INPUT naming the first bad field, and
 * anything unknown is logged and hidden.
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
