import {
  GraphQLBoolean,
  GraphQLError,
  GraphQLID,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { MessageType, stringifyMessage } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Permission, PortalPermission } from '@clientflow/domain';
import type { PortalViewer, StaffViewer, Viewer } from '../auth/viewer';
import { SharedSubscriptions, shareKeyOf, SLOW_CONSUMER_CLOSE_CODE } from './shared-subscriptions';

/** A source stream the test pushes into; counts how many were opened, started (registered) and released. */
class Hub {
  opened = 0;
  started = 0;
  released = 0;
  private readonly listeners = new Set<{ push(v: unknown): void; end(err?: unknown): void }>();
  stream(): AsyncIterableIterator<unknown> {
    this.opened += 1;
    const queue: unknown[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    let failure: unknown = null;
    let started = false;
    const listener = {
      push: (v: unknown) => {
        queue.push(v);
        wake?.();
      },
      end: (err?: unknown) => {
        done = true;
        failure = err ?? null;
        wake?.();
      },
    };
    const release = () => {
      if (this.listeners.delete(listener)) this.released += 1;
      done = true;
      wake?.();
    };
    const iterator: AsyncIterableIterator<unknown> = {
      next: async () => {
        if (!started) {
          started = true;
          this.started += 1;
          this.listeners.add(listener);
        }
        while (!queue.length && !done) await new Promise<void>((r) => (wake = r));
        if (queue.length) return { done: false, value: queue.shift() };
        if (failure) throw failure;
        return { done: true, value: undefined };
      },
      return: async () => {
        release();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
  publish(v: unknown): void {
    for (const l of this.listeners) l.push(v);
  }
  fail(err: unknown): void {
    for (const l of [...this.listeners]) l.end(err);
  }
  get active(): number {
    return this.listeners.size;
  }
}

interface Ctx {
  viewer: Viewer;
}

let hub: Hub;
let executions: number;
let notFound: Set<string>;

/** `thread(id)`: `secret` only for staff with client.edit, `mine` depends on the contact, `seenBy` on the user. */
function schema() {
  const Message = new GraphQLObjectType<{ id: string; body: string; authorContactId: string | null }, Ctx>({
    name: 'Message',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      body: { type: new GraphQLNonNull(GraphQLString) },
      mine: {
        type: GraphQLBoolean,
        resolve: (m, _a, ctx) => ctx.viewer.kind === 'portal' && m.authorContactId === ctx.viewer.contactId,
      },
      seenBy: {
        type: GraphQLString,
        resolve: (_m, _a, ctx) => (ctx.viewer.kind === 'staff' ? ctx.viewer.userId : null),
      },
      secret: {
        type: GraphQLString,
        resolve: (_m, _a, ctx) =>
          ctx.viewer.kind === 'staff' && ctx.viewer.permissions.includes('client.edit' as Permission)
            ? 'edit-only'
            : null,
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
    subscription: new GraphQLObjectType<unknown, Ctx>({
      name: 'Subscription',
      fields: {
        thread: {
          type: Message,
          args: { id: { type: new GraphQLNonNull(GraphQLID) } },
          subscribe: (_root, args: { id: string }) => {
            if (notFound.has(args.id))
              throw new GraphQLError('Thread not found', { extensions: { code: 'NOT_FOUND' } });
            return hub.stream();
          },
          resolve: (event) => {
            executions += 1;
            return (event as { message: unknown }).message;
          },
        },
      },
    }),
  });
}

class FakeSocket {
  readyState = 1;
  bufferedAmount = 0;
  frames: string[] = [];
  closed: number | null = null;
  send(data: string) {
    this.frames.push(data);
  }
  close(code: number) {
    this.closed = code;
    this.readyState = 3;
  }
}

const staff = (userId: string, permissions: string[], role: StaffViewer['role'] = 'OWNER'): StaffViewer => ({
  kind: 'staff',
  userId,
  workspaceId: 'w1',
  role,
  permissions: permissions as Permission[],
});
const contact = (contactId: string): PortalViewer => ({
  kind: 'portal',
  contactId,
  clientId: 'c1',
  workspaceId: 'w1',
  permissions: ['OPEN_TICKETS'] as PortalPermission[],
  projects: { allProjects: true, projectIds: [] },
});

const QUERY = 'subscription($id: ID!) { thread(id: $id) { id body mine seenBy secret } }';
let followers: number;
let shared: SharedSubscriptions;
let gqlSchema: GraphQLSchema;

beforeEach(() => {
  hub = new Hub();
  executions = 0;
  followers = 0;
  notFound = new Set();
  gqlSchema = schema();
  shared = new SharedSubscriptions({
    formatResult: (r) => r,
    follow: () => {
      followers += 1;
      let released = false;
      return () => {
        if (!released) followers -= 1;
        released = true;
      };
    },
  });
});

let nextId = 0;
/** What graphql-ws does for one subscribe message: context (bound to the socket), then `subscribe`. */
async function subscribeAs(
  viewer: Viewer,
  opts: { socket?: FakeSocket; id?: string; variables?: Record<string, unknown>; query?: string } = {},
) {
  const socket = opts.socket ?? new FakeSocket();
  const id = opts.id ?? `op-${++nextId}`;
  const query = opts.query ?? QUERY;
  const variables = opts.variables ?? { id: 't1' };
  const contextValue = shared.bind({ viewer } as Ctx, { socket: socket as unknown as WebSocket, id, query, variables });
  const args: ExecutionArgs = { schema: gqlSchema, document: parse(query), variableValues: variables, contextValue };
  const result = await shared.subscribe(args);
  const iterator = Symbol.asyncIterator in Object(result) ? (result as AsyncIterableIterator<ExecutionResult>) : null;
  // graphql-ws awaits the iterator's next(); we keep the promise to see how the subscription ends.
  const ended = iterator
    ? iterator.next().then(
        (r) => (r.done ? 'complete' : 'value'),
        (e: Error) => `error: ${e.message}`,
      )
    : null;
  return { socket, id, result, iterator, ended };
}

const tick = () => new Promise((r) => setImmediate(r));
const payloadOf = (frame: string) => (JSON.parse(frame) as { payload: ExecutionResult }).payload;

describe('shared subscription execution', () => {
  it('executes once per event for subscribers with the same viewer, document and variables, and writes graphql-ws frames byte for byte', async () => {
    const owner = staff('u1', ['client.view', 'client.edit']);
    const subs = [
      await subscribeAs(owner),
      await subscribeAs(owner),
      await subscribeAs(owner, { variables: { id: 't1' } }),
    ];
    await tick();
    expect(hub.started).toBe(1); // one bus registration for the three of them
    expect(hub.opened).toBe(3); // …but each ran its own subscribe step
    expect(shared.groupCount).toBe(1);
    expect(followers).toBe(2);

    hub.publish({ message: { id: 'm1', body: 'hello', authorContactId: null } });
    await tick();
    expect(executions).toBe(1);
    const expected = { data: { thread: { id: 'm1', body: 'hello', mine: false, seenBy: 'u1', secret: 'edit-only' } } };
    for (const s of subs) {
      expect(s.socket.frames).toEqual([stringifyMessage({ id: s.id, type: MessageType.Next, payload: expected })]);
    }
  });

  it('never shares between viewers: different permissions, users or contacts get their own execution and payload', async () => {
    const owner = await subscribeAs(staff('u1', ['client.view', 'client.edit']));
    const viewerOnly = await subscribeAs(staff('u1', ['client.view'], 'MEMBER')); // same user, another role (re-resolved session)
    const otherUser = await subscribeAs(staff('u2', ['client.view', 'client.edit']));
    const pat = await subscribeAs(contact('k1'));
    const sam = await subscribeAs(contact('k2'));
    await tick();
    expect(shared.groupCount).toBe(5);
    expect(followers).toBe(0);

    hub.publish({ message: { id: 'm1', body: 'hi', authorContactId: 'k1' } });
    await tick();
    expect(executions).toBe(5);
    expect(payloadOf(owner.socket.frames[0]).data).toEqual({
      thread: { id: 'm1', body: 'hi', mine: false, seenBy: 'u1', secret: 'edit-only' },
    });
    expect(payloadOf(viewerOnly.socket.frames[0]).data).toEqual({
      thread: { id: 'm1', body: 'hi', mine: false, seenBy: 'u1', secret: null },
    });
    expect(payloadOf(otherUser.socket.frames[0]).data).toEqual({
      thread: { id: 'm1', body: 'hi', mine: false, seenBy: 'u2', secret: 'edit-only' },
    });
    expect(payloadOf(pat.socket.frames[0]).data).toEqual({
      thread: { id: 'm1', body: 'hi', mine: true, seenBy: null, secret: null },
    });
    expect(payloadOf(sam.socket.frames[0]).data).toEqual({
      thread: { id: 'm1', body: 'hi', mine: false, seenBy: null, secret: null },
    });
  });

  it('keys on the variables (in any key order) and the document', async () => {
    const v = staff('u1', ['client.view']);
    expect(shareKeyOf(v, { query: QUERY, variables: { id: 't1', x: 1 } })).toBe(
      shareKeyOf(v, { query: QUERY, variables: { x: 1, id: 't1' } }),
    );
    expect(shareKeyOf(v, { query: QUERY, variables: { id: 't1' } })).not.toBe(
      shareKeyOf(v, { query: QUERY, variables: { id: 't2' } }),
    );
    expect(shareKeyOf(v, { query: QUERY, variables: { id: 't1' } })).not.toBe(
      shareKeyOf(v, { query: QUERY.replace('secret', ''), variables: { id: 't1' } }),
    );
    expect(shareKeyOf({ kind: 'anonymous' }, { query: QUERY })).toBeNull();
  });

  it('runs every subscriber’s own subscribe step: an error there is that subscriber’s alone', async () => {
    const owner = staff('u1', ['client.view']);
    const first = await subscribeAs(owner);
    notFound.add('t1'); // e.g. the ticket was deleted in between
    const second = await subscribeAs(owner);
    expect(second.iterator).toBeNull();
    expect((second.result as ExecutionResult).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await tick();
    hub.publish({ message: { id: 'm1', body: 'still delivered', authorContactId: null } });
    await tick();
    expect(first.socket.frames).toHaveLength(1);
    expect(followers).toBe(0);
  });

  it('keeps the group while anyone is left, and releases the registration with the last one', async () => {
    const owner = staff('u1', ['client.view']);
    const a = await subscribeAs(owner);
    const b = await subscribeAs(owner);
    const c = await subscribeAs(owner);
    await tick();
    expect(followers).toBe(2);

    await a.iterator!.return!(); // the first subscriber (whose stream the group uses) leaves
    expect(await a.ended).toBe('complete');
    expect(followers).toBe(1); // one of the others now stands for the registration
    expect(hub.active).toBe(1);
    hub.publish({ message: { id: 'm1', body: 'after a left', authorContactId: null } });
    await tick();
    expect([a, b, c].map((s) => s.socket.frames.length)).toEqual([0, 1, 1]);

    await b.iterator!.return!();
    await c.iterator!.return!();
    expect(followers).toBe(0);
    await tick();
    expect(hub.active).toBe(0);
    expect(hub.released).toBe(1);
    expect(shared.groupCount).toBe(0);

    // A later subscriber starts a new group (and a new registration).
    const d = await subscribeAs(owner);
    await tick();
    expect(hub.started).toBe(2);
    hub.publish({ message: { id: 'm2', body: 'new group', authorContactId: null } });
    await tick();
    expect(d.socket.frames).toHaveLength(1);
  });

  it('completes every subscriber when the stream ends (access revoked), and fails them all when it fails', async () => {
    const owner = staff('u1', ['client.view']);
    const a = await subscribeAs(owner);
    const b = await subscribeAs(owner);
    await tick();
    hub.fail(new Error('bus gone'));
    expect([await a.ended, await b.ended]).toEqual(['error: bus gone', 'error: bus gone']);
    expect(followers).toBe(0);
    expect(shared.groupCount).toBe(0);
  });

  it('closes a socket that stopped draining with 1013 instead of buffering without bound; others still receive', async () => {
    const owner = staff('u1', ['client.view']);
    const slow = await subscribeAs(owner);
    const fine = await subscribeAs(owner);
    await tick();
    slow.socket.bufferedAmount = 64 * 1024 * 1024;
    hub.publish({ message: { id: 'm1', body: 'x', authorContactId: null } });
    await tick();
    expect(slow.socket.closed).toBe(SLOW_CONSUMER_CLOSE_CODE);
    expect(slow.socket.frames).toEqual([]);
    expect(fine.socket.frames).toHaveLength(1);
  });

  it('formats errors in results as the onNext hook does', async () => {
    shared = new SharedSubscriptions({
      formatResult: (r) =>
        r.errors
          ? { ...r, errors: r.errors.map(() => new GraphQLError('hidden', { extensions: { code: 'INTERNAL' } })) }
          : r,
      follow: () => () => undefined,
    });
    const s = await subscribeAs(staff('u1', ['client.view']), {
      query: 'subscription($id: ID!) { thread(id: $id) { id body } }',
    });
    await tick();
    hub.publish({ message: { id: 'm1', body: null, authorContactId: null } }); // body is non-null: a field error
    await tick();
    expect(payloadOf(s.socket.frames[0]).errors).toEqual([{ message: 'hidden', extensions: { code: 'INTERNAL' } }]);
  });
});
