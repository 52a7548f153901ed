import type { AddressInfo } from 'node:net';
import express from 'express';
import { DomainError } from '@clientflow/domain';
import { jsonErrorHandler, jsonNotFound } from './json-errors';

/** A bare express app with the two handlers, in development mode (express would print the stack here). */
async function serve(mount: (app: express.Express) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.set('env', 'development');
  mount(app);
  app.use(jsonNotFound);
  app.use(jsonErrorHandler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe('JSON error handler', () => {
  it('hides an unexpected error thrown by a route (500, no message, no stack), in both shapes', async () => {
    const boom = async () => {
      throw new Error('secret detail at /work/app/src/thing.ts:12');
    };
    const s = await serve((app) => {
      app.get('/files/boom', boom);
      app.post('/graphql', boom);
    });
    try {
      const rest = await fetch(`${s.url}/files/boom`);
      expect(rest.status).toBe(500);
      expect(await rest.json()).toEqual({
        error: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'Internal server error' },
      });
      const gql = await fetch(`${s.url}/graphql`, { method: 'POST' });
      expect(gql.status).toBe(500);
      expect(await gql.json()).toEqual({
        errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      });
    } finally {
      await s.close();
    }
  });

  it('keeps the code, field and status of a domain error passed to next', async () => {
    const s = await serve((app) => {
      app.get('/files/bad', () => {
        throw new DomainError('BAD_USER_INPUT', 'Choose a category', 'category');
      });
    });
    try {
      const res = await fetch(`${s.url}/files/bad`);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { code: 'BAD_USER_INPUT', field: 'category', message: 'Choose a category' },
      });
    } finally {
      await s.close();
    }
  });
});
