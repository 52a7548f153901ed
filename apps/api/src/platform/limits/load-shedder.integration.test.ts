import { Client } from 'pg';
import { createWorkspace, signIn, startTestServer, type TestClient, type TestServer } from '../../../test/harness';

const CLIENTS = `{ clients { totalCount } }`;

/** A session that holds the client table, so the requests that read it stay in flight until `release`. */
async function holdClientTable(): Promise<{ release: () => Promise<void> }> {
  const pg = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await pg.connect();
  await pg.query('BEGIN');
  await pg.query('LOCK TABLE "client" IN ACCESS EXCLUSIVE MODE');
  return {
    release: async () => {
      await pg.query('ROLLBACK');
      await pg.end();
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('load shedding', () => {
  let server: TestServer;
  let owner: TestClient;
  afterEach(() => server?.close());

  async function start(loadShedding: { maxInFlight: number; maxLagMs: number }) {
    server = await startTestServer({ loadShedding });
    const ws = await createWorkspace(server.dataSource, 'Shed');
    owner = await signIn(server, ws.emails.OWNER);
  }

  it('refuses what comes past the in-flight cap at once (503, Retry-After: 1, SERVICE_OVERLOADED), serves the rest', async () => {
    await start({ maxInFlight: 2, maxLagMs: 0 });
    const table = await holdClientTable();
    let held: Promise<{ status: number; data?: { clients: { totalCount: number } } }>[] = [];
    try {
      // (The test server's pool has 5 connections; each clients query waits on two, one is left for /health.)
      held = Array.from({ length: 2 }, () => owner.gql(CLIENTS));
      await sleep(300);
      const started = Date.now();
      const refused = await Promise.all(Array.from({ length: 6 }, () => owner.gql(CLIENTS)));
      expect(Date.now() - started).toBeLessThan(2_000); // answered while the others still wait
      for (const res of refused) {
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('1');
        expect(res.errors?.[0].extensions?.code).toBe('SERVICE_OVERLOADED');
      }
      // REST answers in its own shape; health checks always get through.
      const file = await fetch(`${server.url}/files/documents/00000000-0000-4000-8000-000000000000`, {
        headers: { cookie: owner.cookieHeader() },
      });
      expect(file.status).toBe(503);
      expect(((await file.json()) as { error: { code: string } }).error.code).toBe('SERVICE_OVERLOADED');
      expect((await fetch(`${server.url}/health`)).status).toBe(200);
    } finally {
      await table.release();
    }
    for (const res of await Promise.all(held)) {
      expect(res.status).toBe(200);
      expect(res.data?.clients.totalCount).toBe(0);
    }
    // The slots are given back.
    const again = await Promise.all(Array.from({ length: 2 }, () => owner.gql(CLIENTS)));
    expect(again.map((r) => r.status)).toEqual([200, 200]);
  });

  it('refuses new requests while the event loop runs late with requests queued, and recovers', async () => {
    await start({ maxInFlight: 0, maxLagMs: 50 });
    const table = await holdClientTable();
    try {
      const held = Array.from({ length: 2 }, () => owner.gql(CLIENTS));
      await sleep(300);
      // A saturated CPU: the event loop is 400 ms late.
      const until = Date.now() + 400;
      while (Date.now() < until);
      await sleep(50); // the monitor's overdue tick has run: the last half second was late

      const refused = await owner.gql(CLIENTS);
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0].extensions?.code).toBe('SERVICE_OVERLOADED');
      await table.release();
      expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
    } catch (err) {
      await table.release().catch(() => undefined);
      throw err;
    }
    await sleep(1_200);
    expect((await owner.gql(CLIENTS)).status).toBe(200);
  });
});
