import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createWorkspace, signIn, startTestServer, TestClient, type TestServer } from '../../../test/harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GraphQL hardening', () => {
  it('refuses queries deeper than the limit', async () => {
    const deep = `{ ${'__schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } }'} }`;
    const res = await new TestClient(server.url).gql(deep);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/depth/);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: portalMe { client { id } }`).join(' ');
    const res = await new TestClient(server.url).gql(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/aliases/);
  });

  it('refuses queries whose cost exceeds the limit, counting list sizes', async () => {
    const fields =
      'id name email phone status tags contacts { id name email phone role isPrimary notes jobTitle mobile portalAccess }';
    const lists = Array.from(
      { length: 12 },
      (_, i) => `l${i}: clients(page: { limit: 100 }) { nodes { ${fields} } }`,
    ).join(' ');
    const res = await new TestClient(server.url).gql(`{ ${lists} }`);
    expect(res.errors?.[0].message).toMatch(/cost/);
  });

  it('does not accept batched requests', async () => {
    const res = await post([{ query: '{ me { role } }' }, { query: '{ me { role } }' }]);
    expect(res.status).toBe(400);
  });

  it('blocks simple (CSRF-able) requests', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { role } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
    const form = await post('query={me{role}}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
  });

  it('hides unexpected error details', async () => {
    const res = await new TestClient(server.url).gql(`{ client(id: "00000000-0000-0000-0000-000000000000") { id } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('introspection and playground', () => {
  it('serves a GraphiQL page that loads nothing from another host', async () => {
    const res = await fetch(`${server.url}/playground`);
    const html = await res.text();
    expect(res.status).toBe(200);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith('/playground/')).toBe(true);
      expect((await fetch(`${server.url}${url}`)).status).toBe(200);
    }
  });

  it('turns playground and introspection off by configuration', async () => {
    const locked = await startTestServer({ playground: false, introspection: false });
    try {
      expect((await fetch(`${locked.url}/playground`)).status).toBe(404);
      const res = await new TestClient(locked.url).gql(`{ __schema { queryType { name } } }`);
      expect(res.errors?.[0].message).toMatch(/introspection/i);
    } finally {
      await locked.close();
    }
  });

  it('reports health with the database state', async () => {
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('graphql-ws', () => {
  const connect = (cookie?: string) =>
    new Promise<{ code?: number; ok?: boolean; data?: unknown }>((resolve) => {
      const client = createClient({
        url: server.url.replace('http', 'ws') + '/graphql',
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: cookie ? { cookie } : {} });
          }
        },
        retryAttempts: 0,
        lazy: true,
        on: { closed: (e) => resolve({ code: (e as { code: number }).code }) },
      });
      client.subscribe(
        { query: '{ me { user { email } } }' },
        {
          next: (v) => resolve({ ok: true, data: v.data }),
          error: () => undefined,
          complete: () => void client.dispose(),
        },
      );
    });

  it('closes unauthenticated sockets with 4401', async () => {
    expect((await connect()).code).toBe(4401);
  });

  it('runs operations for a signed-in session on the same port and path', async () => {
    const ws = await createWorkspace(server.dataSource, 'Socket');
    const staff = await signIn(server, ws.emails.OWNER);
    const result = await connect(staff.cookieHeader());
    expect(result).toEqual({ ok: true, data: { me: { user: { email: ws.emails.OWNER } } } });
  });
});
