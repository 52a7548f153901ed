import type { RequestHandler } from 'express';
import { hasNul, nulMessage } from '../lib/nul';
import { HttpError } from './http-errors';

/**
 * A `%00` anywhere in the URL (a query parameter's name or value, or a path segment) is refused before any route
 * runs: 400 BAD_USER_INPUT naming the query parameter, or `path`. (A raw NUL byte never gets past Node's parser.)
 */
export const refuseNulInUrl: RequestHandler = (req, _res, next) => {
  if (!/%00/i.test(req.originalUrl)) return next();
  const at = req.originalUrl.indexOf('?');
  const query = at < 0 ? '' : req.originalUrl.slice(at + 1);
  let field = 'path';
  for (const [name, value] of new URLSearchParams(query)) {
    if (hasNul(name) || hasNul(value)) {
      field = hasNul(name) ? 'query' : name;
      break;
    }
  }
  next(new HttpError('BAD_USER_INPUT', nulMessage(field), field));
};
