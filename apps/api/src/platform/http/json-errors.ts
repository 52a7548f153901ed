import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from '../errors/errors';
import { errorAnswer, HttpError, type ErrorAnswer } from './http-errors';

/**
 * `/graphql` answers in GraphQL's shape (`{ errors: [{ message, extensions: { code, field? } }] }`, as Apollo's own
 * request errors do, so Apollo Client reads them); every other path in the REST shape `{ error: { code, field,
 * message } }`. Never HTML, never a stack or a file path, in every environment.
 */
function answer(req: Request, res: Response, { status, code, field, message }: ErrorAnswer): void {
  res.status(status);
  if (code === SERVICE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  if (/^\/graphql(\/|\?|$)/.test(req.originalUrl))
    res.json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
  else res.json({ error: { code, field, message } });
}

/** Last route: nothing matched. */
export const jsonNotFound: RequestHandler = (req, res) =>
  answer(req, res, errorAnswer(new HttpError('NOT_FOUND', `Nothing at ${req.method} ${req.path}`)));

/** Last middleware: replaces express's HTML error page (body-parser errors, errors passed to `next`). */
export const jsonErrorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const result = errorAnswer(err);
  if (res.headersSent) return void res.destroy();
  answer(req, res, result);
};
