export type DomainErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT' | 'RATE_LIMITED';

/** The one error type business rules throw; the API maps `code` to GraphQL `extensions.code`. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field?: string;
  /** Why, for clients that react to one case of a code (e.g. FORBIDDEN until two-factor is set up). */
  readonly reason?: string;

  constructor(code: DomainErrorCode, message: string, field?: string, reason?: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.field = field;
    this.reason = reason;
  }
}

/** FORBIDDEN's `extensions.reason` while the workspace requires two-factor and the user has not set it up. */
export const TWO_FACTOR_SETUP_REQUIRED = 'TWO_FACTOR_SETUP_REQUIRED';

export const badInput = (field: string, message: string) => new DomainError('BAD_USER_INPUT', message, field);
export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You do not have permission to do this', reason?: string) =>
  new DomainError('FORBIDDEN', message, undefined, reason);
export const unauthenticated = (message = 'Sign in to continue') => new DomainError('UNAUTHENTICATED', message);
