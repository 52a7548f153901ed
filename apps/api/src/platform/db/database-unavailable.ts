/**
 * Socket errors of a database that is down, restarting or unreachable (not ENOENT/EPIPE: file and stream errors use
 * them too, and they are no reason to ask a client to retry).
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/**
 * PostgreSQL SQLSTATEs that mean "not now" rather than "wrong request": connection exceptions (08), shutting down or
 * starting up (57P01-57P03), too many connections (53300).
 */
const RETRYABLE_SQLSTATES = /^(08...|57P0[123]|53300)$/;

/** node-postgres reports some losses only by message. */
const MESSAGES =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/**
 * Whether an error means the database cannot be reached right now (an outage or restart), so the caller may answer
 * "retry later" (HTTP 503) instead of an internal error. Looks through TypeORM's wrappers (`driverError`) and
 * `cause` chains.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, driverError, cause, errors } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || RETRYABLE_SQLSTATES.test(code))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    // AggregateError: connecting to "localhost" tries ::1 and 127.0.0.1 and fails with both.
    if (Array.isArray(errors) && errors.length && errors.every((x) => isDatabaseUnavailable(x))) return true;
    e = driverError ?? cause;
  }
  return false;
}
