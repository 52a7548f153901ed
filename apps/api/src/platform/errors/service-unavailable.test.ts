import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '@clientflow/domain';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { sendError } from '../http/http-errors';
import { formatError } from './errors';

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises an unreachable, restarting or full database, through TypeORM and AggregateError wrappers', () => {
    expect(isDatabaseUnavailable(refused())).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new QueryFailedError('SELECT 1', [], pgError('57P01')))).toBe(true); // admin shutdown
    expect(isDatabaseUnavailable(pgError('57P03'))).toBe(true); // starting up
    expect(isDatabaseUnavailable(pgError('08006'))).toBe(true);
    expect(isDatabaseUnavailable(pgError('53300'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([refused(), refused()]))).toBe(true);
  });

  it('leaves request, constraint and file errors alone', () => {
    expect(isDatabaseUnavailable(new QueryFailedError('INSERT', [], pgError('23505')))).toBe(false);
    expect(isDatabaseUnavailable(pgError('22P02'))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error('no such file'), { code: 'ENOENT' }))).toBe(false);
    expect(isDatabaseUnavailable(new DomainError('NOT_FOUND', 'Client not found'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

describe('the error mapping of an unreachable database', () => {
  it('is SERVICE_UNAVAILABLE in GraphQL, without the address', () => {
    const err = new GraphQLError('connect ECONNREFUSED 127.0.0.1:5432', { path: ['me'], originalError: refused() });
    const formatted = formatError(err.toJSON(), err);
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatted.message).not.toContain('127.0.0.1');
    expect(formatted.path).toEqual(['me']);
  });

  it('is a 503 with Retry-After on REST routes', () => {
    const res = {
      headersSent: false,
      statusCode: 200,
      headers: {} as Record<string, string>,
      body: undefined as unknown,
      setHeader(name: string, value: string) {
        this.headers[name] = value;
      },
      status(code: number) {
        this.statusCode = code;
        return this;
      },
      json(body: unknown) {
        this.body = body;
      },
    };
    sendError(res as unknown as Response, new QueryFailedError('SELECT 1', [], refused()));
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', field: null, message: expect.any(String) } });
  });
});
