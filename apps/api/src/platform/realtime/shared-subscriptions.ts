import {
  createSourceEventStream,
  execute,
  subscribe as graphqlSubscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
} from 'graphql';
import type { WebSocket } from 'ws';
import type { Viewer } from '../auth/viewer';
import { logger } from '../logger/logger';

/**
 * Close code for a subscriber whose socket cannot keep up (its unsent frames passed `maxBufferedBytes`): "try again
 * later" (RFC 6455). The SPAs reconnect after it and re-fetch, exactly as after any other unexpected close.
 */
export const SLOW_CONSUMER_CLOSE_CODE = 1013;

/** What the graphql-ws `context` hook knows about one subscribe message. */
export interface SubscriberRef {
  socket: WebSocket;
  /** The graphql-ws operation id (the client's, per socket). */
  id: string;
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export interface SharedSubscriptionsOptions {
  /** Maps a result's errors as the graphql-ws `onNext` hook would (the same `formatError` as HTTP). */
  formatResult(result: ExecutionResult): FormattedExecutionResult;
  /** Counts a subscriber that shares another's bus registration (LiveBus.follow); returns the release. */
  follow(): () => void;
  /** A socket with more unsent bytes than this is closed with 1013 instead of buffering without bound. */
  maxBufferedBytes?: number;
}

const OPEN = 1; // WebSocket.OPEN
const noop = () => undefined;

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` variables share a key. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * Everything a subscription's payload may depend on besides the event itself: who the viewer is (kind, id,
 * workspace, client) and what they may do (role and permissions, as resolved for this socket's context), the document
 * and its variables. Two subscriptions with the same key are the same computation; anything else never shares.
 */
export function shareKeyOf(
  viewer: Viewer | undefined,
  ref: Pick<SubscriberRef, 'query' | 'operationName' | 'variables'>,
): string | null {
  if (!viewer || viewer.kind === 'anonymous') return null;
  const who =
    viewer.kind === 'staff'
      ? `staff|${viewer.workspaceId}|${viewer.userId}|${viewer.role}|${[...viewer.permissions].sort().join(',')}`
      : `portal|${viewer.workspaceId}|${viewer.clientId}|${viewer.contactId}|${[...viewer.permissions].sort().join(',')}`;
  return `${who}\n${ref.operationName ?? ''}\n${canonical(ref.variables ?? {})}\n${ref.query}`;
}

type Outcome = { done: true } | { error: unknown };

/**
 * One graphql-ws subscription served by a group: the iterator graphql-ws awaits never yields (the group writes the
 * `next` frames itself); it finishes when the group ends (graphql-ws then sends `complete`, or `error`) and its
 * `return()` (client `complete`, socket closed) takes the subscriber out of the group.
 */
class Member implements AsyncIterableIterator<never> {
  private outcome: Outcome | null = null;
  private waiting: { resolve: (r: IteratorResult<never>) => void; reject: (e: unknown) => void } | null = null;
  private readonly prefix: string;

  constructor(
    private readonly group: SubscriptionGroup,
    readonly ref: SubscriberRef,
    /** Undoes this member's LiveBus.follow(); a no-op for the member the group's bus registration stands for. */
    private release: () => void,
    private readonly maxBufferedBytes: number,
  ) {
    // Byte for byte what graphql-ws writes: {"id":…,"type":"next","payload":…}
    this.prefix = `{"id":${JSON.stringify(ref.id)},"type":"next","payload":`;
  }

  /** Writes one serialised payload; a socket that stopped draining is closed (the client reconnects and re-fetches). */
  send(payloadJson: string): void {
    const { socket } = this.ref;
    if (socket.readyState !== OPEN) return;
    if (socket.bufferedAmount > this.maxBufferedBytes) {
      socket.close(SLOW_CONSUMER_CLOSE_CODE, 'Live updates: too far behind, re-fetch');
      return;
    }
    socket.send(this.prefix + payloadJson + '}');
  }

  get holdsRegistration(): boolean {
    return this.release === noop;
  }

  /** This member now stands for the group's bus registration (the one that did left): its follow is released. */
  takeRegistration(): void {
    const release = this.release;
    this.release = noop;
    release();
  }

  /** The group ended (stream completed, or failed): graphql-ws sends `complete` or `error` for this subscriber. */
  finish(outcome: Outcome): void {
    if (this.outcome) return;
    this.outcome = outcome;
    this.release();
    const waiting = this.waiting;
    this.waiting = null;
    if (!waiting) return;
    if ('error' in outcome) waiting.reject(outcome.error);
    else waiting.resolve({ done: true, value: undefined as never });
  }

  next(): Promise<IteratorResult<never>> {
    if (this.outcome)
      return 'error' in this.outcome
        ? Promise.reject(this.outcome.error)
        : Promise.resolve({ done: true, value: undefined as never });
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<never>> {
    this.group.leave(this);
    this.finish({ done: true });
    return Promise.resolve({ done: true, value: undefined as never });
  }

  throw(err: unknown): Promise<IteratorResult<never>> {
    this.group.leave(this);
    this.finish({ done: true });
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * Subscribers with the same share key: one source stream (the first subscriber's, so one bus registration and one
 * per-event visibility check for all of them), one execution and one serialisation per event, then one frame write
 * per socket, in event order.
 */
class SubscriptionGroup {
  readonly members = new Set<Member>();
  private ended = false;
  private readonly iterator: AsyncIterator<unknown>;

  constructor(
    private readonly args: ExecutionArgs,
    source: AsyncIterable<unknown>,
    private readonly opts: Required<SharedSubscriptionsOptions>,
    private readonly onEnd: () => void,
  ) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  get isOpen(): boolean {
    return !this.ended;
  }

  join(ref: SubscriberRef, release: () => void): Member {
    const member = new Member(this, ref, release, this.opts.maxBufferedBytes);
    this.members.add(member);
    return member;
  }

  leave(member: Member): void {
    if (!this.members.delete(member) || this.ended) return;
    if (this.members.size) {
      if (member.holdsRegistration) this.members.values().next().value!.takeRegistration();
      return;
    }
    // The last subscriber left: the source stream ends (its bus registration goes with it).
    this.end();
    void this.iterator.return?.();
  }

  async run(): Promise<void> {
    try {
      for (;;) {
        const step = await this.iterator.next();
        if (step.done || this.ended) break;
        const result = await execute({ ...this.args, rootValue: step.value });
        if (!this.members.size) continue;
        const payload = JSON.stringify(this.opts.formatResult(result));
        for (const member of this.members) member.send(payload);
      }
      this.end({ done: true });
    } catch (error) {
      logger.warn({ err: error }, 'live updates: a shared subscription failed');
      this.end({ error });
    }
  }

  private end(outcome?: Outcome): void {
    if (!this.ended) {
      this.ended = true;
      this.onEnd();
    }
    if (outcome) for (const member of [...this.members]) member.finish(outcome);
    if (outcome) this.members.clear();
  }
}

/**
 * The graphql-ws `subscribe` step with shared execution. Every subscriber still runs its own subscribe step (the
 * auth checker, NOT_FOUND for a foreign ticket or client, the same errors as before); a subscriber whose share key
 * (viewer identity and permissions, document, variables — see `shareKeyOf`) matches an open group then drops its own
 * (not yet started) stream and joins that group. Different viewers never share: field resolvers such as
 * `Ticket.unread` or `PortalTicketMessage.mine` depend on who asks.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, SubscriptionGroup>();
  private readonly refs = new WeakMap<object, SubscriberRef>();
  private readonly opts: Required<SharedSubscriptionsOptions>;

  constructor(opts: SharedSubscriptionsOptions) {
    this.opts = { maxBufferedBytes: 4 * 1024 * 1024, ...opts };
  }

  /** Called from graphql-ws' `context` hook: which socket and operation a context value serves. */
  bind<C extends object>(contextValue: C, ref: SubscriberRef): C {
    this.refs.set(contextValue, ref);
    return contextValue;
  }

  get groupCount(): number {
    return this.groups.size;
  }

  /** Subscribers served by groups on this process. */
  get memberCount(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.members.size;
    return n;
  }

  readonly subscribe = async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const ref = this.refs.get(args.contextValue as object);
    const key = ref ? shareKeyOf((args.contextValue as { viewer?: Viewer }).viewer, ref) : null;
    if (!ref || !key) return graphqlSubscribe(args);

    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
    const stream = source as AsyncIterable<unknown>;

    const existing = this.groups.get(key);
    if (existing?.isOpen) {
      // Not started, so never registered on the bus: returning it releases nothing but the closure.
      void (stream as AsyncIterableIterator<unknown>).return?.();
      return existing.join(ref, this.opts.follow());
    }
    const group: SubscriptionGroup = new SubscriptionGroup(args, stream, this.opts, () => {
      if (this.groups.get(key) === group) this.groups.delete(key);
    });
    this.groups.set(key, group);
    const member = group.join(ref, noop);
    void group.run();
    return member;
  };
}
