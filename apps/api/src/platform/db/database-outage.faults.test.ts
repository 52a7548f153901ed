import path from 'node:path';
import { TestClient } from '../../../test/harness';
import { liveSubscribe, type LiveSubscriber } from '../../../test/live-client';
import { faultsDatabase, sleep, spawnApi, waitFor as waitUntil, type NodeProcess } from '../../../test/faults-kit';

/**
 * Fault test (`pnpm test:faults`): a real API process (its job worker on, the every-minute `email.sweep` cron
 * scheduled) over its own PostgreSQL, which is stopped for 65 s — across at least one cron minute — and started
 * again. The same process must answer 503 SERVICE_UNAVAILABLE meanwhile, then recover on its own.
 */
const OUTAGE_MS = Number(process.env.TEST_OUTAGE_MS ?? 65_000);
const ADMIN_ORIGIN = 'http://localhost:5173';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id email } } }`;
const ME = `{ me { user { id } } }`;
const CREATE_CLIENT = `mutation($input: CreateClientInput!) { createClient(input: $input) { id } }`;
const CREATE_ENTRY = `mutation($i: CreateTimelineEntryInput!) { createTimelineEntry(input: $i) { id } }`;
const TIMELINE = `subscription($c: ID!) { clientTimelineEvents(clientId: $c) { id summary } }`;

const { pg, dataDir, fresh } = faultsDatabase(0);
let api: NodeProcess | undefined;
let live: LiveSubscriber | undefined;

beforeAll(() => fresh(), 60_000);

afterAll(async () => {
  await live?.dispose();
  await api?.kill();
  pg.stop();
}, 30_000);

/** `node src/main.ts` over the outage database, as an operator runs it; resolves with its base URL. */
async function startApi(): Promise<string> {
  api = spawnApi(
    'src/main.ts',
    {
      NODE_ENV: 'development',
      DATABASE_URL: pg.url,
      DATA_DIR: path.join(dataDir, 'api'),
      API_PORT: '0',
      MAIL_CATCHER: 'true',
      MAIL_CATCHER_PORT: '0',
      JOBS_WORKER: 'true',
      SEED_DEMO: 'false',
      ADMIN_ORIGIN,
    },
    /GraphQL\s+(http:\/\/localhost:\d+)\/graphql/,
  );
  return (await api.ready)[1];
}

const alive = () => api !== undefined && api.alive();
const output = () => api?.output() ?? '';

const waitFor = <T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> =>
  waitUntil(what, check, timeoutMs, () => (alive() ? undefined : `the API process died:\n${output().slice(-4000)}`));

interface CaughtMail {
  to: string;
  subject: string;
}
const mailTo = async (base: string, to: string): Promise<CaughtMail | undefined> => {
  const list = (await (await fetch(`${base}/dev/mail/messages.json`)).json()) as CaughtMail[];
  return list.find((m) => m.to.includes(to));
};

const signUpInput = (tag: string) => ({
  name: 'Ana Lima',
  email: `outage-${tag}-${Date.now()}@faults.test`,
  password: 'plum orchard lantern 42',
  agencyName: `Outage ${tag} ${Date.now()}`,
});

describe('a PostgreSQL outage of more than a minute', () => {
  it('leaves the API process up, answering 503 SERVICE_UNAVAILABLE, and it recovers on its own', async () => {
    const base = await startApi();
    const pid = api!.child.pid;
    const owner = new TestClient(base);
    const first = signUpInput('before');
    expect((await owner.gql(SIGN_UP, { input: first })).errors).toBeUndefined();
    await waitFor('the sign-up email', () => mailTo(base, first.email), 20_000);

    // Down for 65 s: the cron fires at least once meanwhile (it did kill the process).
    pg.stop();
    const downAt = Date.now();
    let checkedDuringOutage = false;
    while (Date.now() - downAt < OUTAGE_MS) {
      if (!alive()) throw new Error(`the API process died during the outage:\n${output().slice(-6000)}`);
      if (!checkedDuringOutage && Date.now() - downAt > 3_000) {
        // A signed-in request fails in context creation (the session is re-read), an anonymous one in a resolver.
        const me = await owner.gql(ME);
        expect(me.status).toBe(503);
        expect(me.headers.get('retry-after')).toBe('5');
        expect(me.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
        expect(me.errors?.[0].message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
        const anonymous = await new TestClient(base).gql(SIGN_UP, { input: signUpInput('during') });
        expect(anonymous.status).toBe(503);
        expect(anonymous.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
        const health = await fetch(`${base}/health`);
        expect(health.status).toBe(503);
        const file = await fetch(`${base}/files/documents/00000000-0000-4000-8000-000000000000`, {
          headers: { cookie: owner.cookieHeader() },
        });
        expect(file.status).toBe(503);
        expect(file.headers.get('retry-after')).toBe('5');
        expect(((await file.json()) as { error: { code: string } }).error.code).toBe('SERVICE_UNAVAILABLE');
        // A live socket that cannot be authenticated now is closed with 1013 (Try Again Later): clients retry it.
        const socket = liveSubscribe(base, {
          cookie: owner.cookieHeader(),
          origin: ADMIN_ORIGIN,
          query: TIMELINE,
          variables: { c: '00000000-0000-4000-8000-000000000000' },
        });
        expect(await socket.closed(10_000)).toBe(1013);
        await socket.dispose();
        checkedDuringOutage = true;
      }
      await sleep(1_000);
    }
    expect(checkedDuringOutage).toBe(true);

    await pg.start();
    const upAt = Date.now();
    await waitFor(
      'GraphQL to answer again',
      async () => ((await owner.gql(ME)).status === 200 ? true : undefined),
      30_000,
    );
    const graphqlBackMs = Date.now() - upAt;

    // The job worker works the queue again: a new sign-up's email is delivered.
    const second = signUpInput('after');
    expect((await new TestClient(base).gql(SIGN_UP, { input: second })).errors).toBeUndefined();
    await waitFor('an email queued after the outage', () => mailTo(base, second.email), 30_000);
    const jobsBackMs = Date.now() - upAt;

    // Live updates: the LISTEN connection is back and a subscriber receives an event.
    await waitFor(
      'the LISTEN connection',
      async () => (/LISTEN connection restored/.test(output()) ? true : undefined),
      30_000,
    );
    const client = await owner.gql(CREATE_CLIENT, { input: { name: 'Back online', email: 'back@faults.test' } });
    const clientId = client.data.createClient.id as string;
    live = liveSubscribe(base, {
      cookie: owner.cookieHeader(),
      origin: ADMIN_ORIGIN,
      query: TIMELINE,
      variables: { c: clientId },
    });
    await sleep(500);
    const entry = { clientId, type: 'CALL', occurredAt: new Date().toISOString(), summary: 'After the outage' };
    expect((await owner.gql(CREATE_ENTRY, { i: entry })).errors).toBeUndefined();
    expect((await live.next(10_000)).clientTimelineEvents.summary).toBe('After the outage');
    const liveBackMs = Date.now() - upAt;

    expect(api!.child.pid).toBe(pid);
    expect(alive()).toBe(true);
    console.log(
      `database outage: ${Math.round(OUTAGE_MS / 1000)} s; after PostgreSQL returned: GraphQL ${graphqlBackMs} ms, ` +
        `jobs ${jobsBackMs} ms, live ${liveBackMs} ms`,
    );
  }, 180_000);
});
