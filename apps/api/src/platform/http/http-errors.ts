import type { Response } from 'express';
import { DomainError } from '@clientflow/domain';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE } from '../errors/errors';
import { logger } from '../logger/logger';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  [SERVICE_UNAVAILABLE]: 503,
};

/** REST errors answer `{ error: { code, field, message } }`, with the same codes as GraphQL. */
export class HttpError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

export function sendError(res: Response, err: unknown): void {
  let code = 'INTERNAL_SERVER_ERROR';
  let message = 'Internal server error';
  let field: string | null = null;
  if (err instanceof HttpError || err instanceof DomainError) {
    code = err.code;
    message = err.message;
    field = err.field ?? null;
  } else if (isDatabaseUnavailable(err)) {
    code = SERVICE_UNAVAILABLE;
    message = UNAVAILABLE_MESSAGE;
    logger.warn({ err: (err as Error).message }, 'database unavailable');
  } else {
    logger.error({ err }, 'unexpected error in a file route');
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (code === SERVICE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(STATUS[code] ?? 500).json({ error: { code, field, message } });
}
