import type { Response } from 'express';
import { DomainError, formatFileSize } from '@clientflow/domain';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGE } from '../errors/errors';
import { logger } from '../logger/logger';
import { StorageWriteError } from '../storage/file-storage';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
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

export interface ErrorAnswer {
  status: number;
  code: string;
  field: string | null;
  message: string;
}

/** What body-parser (raw-body) and express throw: a status and a `type`; their messages are replaced by ours. */
interface ExpressHttpError {
  status: number;
  type?: string;
  limit?: number;
  expose?: boolean;
}

const isExpressHttpError = (err: unknown): err is ExpressHttpError =>
  typeof err === 'object' &&
  err !== null &&
  typeof (err as ExpressHttpError).status === 'number' &&
  (err as ExpressHttpError).status >= 400 &&
  (err as ExpressHttpError).status < 500;

function expressAnswer(err: ExpressHttpError): ErrorAnswer {
  const answer = (status: number, code: string, message: string) => ({ status, code, field: null, message });
  switch (err.type) {
    case 'entity.parse.failed':
      return answer(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    case 'entity.too.large':
      return answer(
        413,
        'PAYLOAD_TOO_LARGE',
        `The request body is too large${err.limit ? ` (limit ${formatFileSize(err.limit)})` : ''}`,
      );
    case 'encoding.unsupported':
      return answer(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body has an unsupported content encoding');
    case 'charset.unsupported':
      return answer(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body has an unsupported charset');
    default:
      return err.status === 413
        ? answer(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large')
        : answer(
            err.status === 415 ? 415 : 400,
            err.status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST',
            'Bad request',
          );
  }
}

/**
 * The one mapping from a thrown value to an HTTP answer: our HttpError/DomainError keep their code, field and
 * message; body-parser's client errors get a fixed message; anything else is logged and hidden as a 500.
 */
export function errorAnswer(err: unknown): ErrorAnswer {
  if (err instanceof HttpError || err instanceof DomainError)
    return { status: STATUS[err.code] ?? 500, code: err.code, field: err.field ?? null, message: err.message };
  if (isExpressHttpError(err)) return expressAnswer(err);
  if (err instanceof StorageWriteError) {
    logger.error({ err: err.cause, field: err.field }, 'file storage write failed');
    return { status: 503, code: err.code, field: err.field, message: err.message };
  }
  if (isDatabaseUnavailable(err)) {
    logger.warn({ err: (err as Error).message }, 'database unavailable');
    return { status: 503, code: SERVICE_UNAVAILABLE, field: null, message: UNAVAILABLE_MESSAGE };
  }
  logger.error({ err }, 'unexpected error in an HTTP route');
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', field: null, message: 'Internal server error' };
}

export function sendError(res: Response, err: unknown): void {
  const { status, code, field, message } = errorAnswer(err);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (code === SERVICE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(status).json({ error: { code, field, message } });
}
