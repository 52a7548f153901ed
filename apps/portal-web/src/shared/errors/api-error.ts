import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { MessageKey } from '../i18n/dictionary.types';
import type { Translate } from '../i18n/translate';

const RATE_LIMIT_CODES = new Set(['RATE_LIMITED', 'TOO_MANY_REQUESTS']);

export function errorCodes(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => String(e.extensions?.code ?? '')).filter(Boolean);
  }
  return [];
}

export function hasErrorCode(error: unknown, code: string): boolean {
  return errorCodes(error).includes(code);
}

export function isUnauthenticated(error: unknown): boolean {
  return hasErrorCode(error, 'UNAUTHENTICATED') || (ServerError.is(error) && error.statusCode === 401);
}

function isRateLimited(error: unknown): boolean {
  return (
    errorCodes(error).some((code) => RATE_LIMIT_CODES.has(code)) || (ServerError.is(error) && error.statusCode === 429)
  );
}

/** Server messages are shown as-is (they name the field and the reason); transport failures get ours. */
export function describeError(error: unknown, t: Translate): string {
  if (isRateLimited(error)) {
    const message = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
    return message || t('errors.rateLimited');
  }
  if (CombinedGraphQLErrors.is(error)) {
    const message = error.errors.find((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR')?.message;
    return message || t('errors.unexpected');
  }
  const key: MessageKey = error instanceof TypeError || ServerError.is(error) ? 'errors.network' : 'errors.unexpected';
  return t(key);
}
