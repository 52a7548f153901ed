import { TenantScope } from '../db/tenant-scope';
import { createWorkspace, insertClient, signIn, startTestServer, type TestServer } from '../../../test/harness';
import { liveSocket, until, type LiveSocket } from '../../../test/live-client';

/**
 * A refused operation on a graphql-ws socket answers an `error` message for that operation only: the socket and
 * the client's other subscriptions stay alive (graphql-ws closes the whole socket with 4500 when a hook throws).
 */
const ACTIVITY = `subscription { activityFeed { id summary } }`;
const TIMELINE = `subscription($id: ID!) { clientTimelineEvents(clientId: $id) { id } }`;

let server: TestServer;
let socket: LiveSocket;
let workspaceId: string;
let clientId: string;

beforeAll(async () => {
  // Small limits so that short documents cross them.
  server = await startTestServer({ limits: { depth: 4, aliases: 2, cost: 20000 } });
  const ws = await createWorkspace(server.dataSource, 'SubErrors');
  workspaceId = ws.workspace.id;
  clientId = (await insertClient(server.dataSource, workspaceId, { name: 'Watched' })).id;
  const owner = await signIn(server, ws.emails.OWNER);
  socket = liveSocket(server.url, { cookie: owner.cookieHeader() });
});
afterAll(async () => {
  await socket.dispose();
  await server.close();
});

const record = (summary: string) =>
  server.app.services.timeline.record(new TenantScope(server.dataSource.manager, workspaceId), {
    clientId,
    type: 'NOTE',
    summary,
  });

it('answers each bad operation with its own error and keeps the socket and the good subscription', async () => {
  const good = socket.subscribe(ACTIVITY);
  await until(() => server.app.services.live.subscriberCount === 1);

  const cases: [string, string, Record<string, unknown> | undefined, Record<string, unknown>][] = [
    ['syntax error', 'subscription { activityFeed { id }', undefined, { code: 'GRAPHQL_PARSE_FAILED' }],
    ['unknown field', 'subscription { activityFeed { nope } }', undefined, { code: 'GRAPHQL_VALIDATION_FAILED' }],
    [
      'too deep',
      'subscription($id: ID!) { ticketThread(ticketId: $id) { ticket { client { contacts { name } } } } }',
      { id: clientId },
      { code: 'QUERY_TOO_COMPLEX' },
    ],
    [
      'too many aliases',
      'subscription { a: activityFeed { b: id c: summary } }',
      undefined,
      { code: 'QUERY_TOO_COMPLEX' },
    ],
    ['a NUL in a variable', TIMELINE, { id: `${clientId}\u0000` }, { code: 'BAD_USER_INPUT', field: 'clientId' }],
  ];
  for (const [label, query, variables, extensions] of cases) {
    const bad = socket.subscribe(query, variables);
    expect([label, await bad.ended()]).toEqual([label, 'error']);
    expect([label, bad.errors[0]?.extensions]).toEqual([label, extensions]);
  }

  expect(socket.closeCodes).toEqual([]);
  expect(server.app.services.live.subscriberCount).toBe(1);
  await record('still live');
  expect((await good.next()).activityFeed.summary).toBe('still live');

  // A new good subscription on the same socket works too.
  const another = socket.subscribe(TIMELINE, { id: clientId });
  await until(() => server.app.services.live.subscriberCount === 2);
  const event = await record('second');
  expect((await another.next()).clientTimelineEvents.id).toBe(event.id);
  expect((await good.next()).activityFeed.summary).toBe('second');
  expect(socket.closeCodes).toEqual([]);
});
