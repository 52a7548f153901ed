import type { ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ApiErrorInfo {
  code: string | null;
  field: string | null;
  message: string;
}

/** The first GraphQL error's code/field/message, or a network-level description. */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = first?.extensions ?? {};
    return {
      code: typeof ext.code === 'string' ? ext.code : null,
      field: typeof ext.field === 'string' ? normalizeFieldPath(ext.field) : null,
      message: first?.message ?? error.message,
    };
  }
  if (ServerError.is(error)) {
    return { code: null, field: null, message: `The server answered ${error.statusCode}. Try again in a moment.` };
  }
  if (error instanceof TypeError) {
    return { code: null, field: null, message: 'Cannot reach the server. Check your connection and try again.' };
  }
  const message = (error as ErrorLike | undefined)?.message;
  return { code: null, field: null, message: message || 'Something went wrong' };
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
}

// Validation paths may be reported against the argument ("input.address.city"); forms key by the input's own shape.
function normalizeFieldPath(field: string): string {
  return field.replace(/^input\./, '');
}

/** Operation context a component sets to say it shows these error codes itself (`'*'`: all but UNAUTHENTICATED). */
export interface HandledErrorsContext {
  handledErrorCodes?: readonly string[];
}
