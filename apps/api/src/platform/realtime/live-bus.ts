import DataLoader from 'dataloader';
import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import { portalViewersOf, staffViewersOf } from '../auth/viewer';
import { logger } from '../logger/logger';
import { LIVE_CHANNEL, parseLiveEvent, type LiveEvent } from './live-event';
import { liveVisibleTo, type AnyLiveItem, type AnyLiveTopic, type LiveItem, type LiveViewer } from './live-topic';
import { LiveStream } from './live-stream';
import { PgListener } from './pg-listener';

interface LiveSubscription {
  topic: string;
  viewer: LiveViewer;
  /** The subscription's own arguments (clientId, projectId…), checked after visibility. */
  accept: (item: LiveItem) => boolean;
  push: (item: LiveItem) => void;
  stop: () => void;
}

/** A subscriber that cannot keep up keeps the newest events; it re-fetches on reconnect anyway. */
export const SUBSCRIBER_BUFFER = 100;

const viewerKey = (v: LiveViewer) => (v.kind === 'staff' ? `u:${v.userId}` : `c:${v.contactId}`);

/**
 * In-process fan-out of the events every API process receives from Postgres LISTEN. Per event: one batched load
 * of the row(s) and one re-read of the subscribers' sessions for that workspace, then an in-memory visibility check
 * per subscriber (workspace, client, portal visibility, permission) before anything is delivered.
 */
export class LiveBus {
  private readonly subscriptions = new Map<string, Set<LiveSubscription>>();
  private readonly loaders = new Map<string, DataLoader<string, LiveItem | null>>();
  private readonly resyncListeners = new Set<() => void>();
  private listener: PgListener | null = null;
  /** Subscribers served through another subscriber's registration (shared-subscriptions.ts). */
  private followers = 0;
  /** Fan-outs run one event after another, in NOTIFY order (their loads still run in parallel). */
  private fanOutTail: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly topics: Readonly<Record<string, AnyLiveTopic>>,
  ) {}

  /** Opens this process's LISTEN connection (the API does; the standalone worker only publishes). */
  async start(connection: ClientConfig): Promise<void> {
    this.listener = new PgListener(connection, LIVE_CHANNEL, {
      notify: (payload) => {
        const event = parseLiveEvent(payload);
        if (event) void this.deliver(event);
      },
      reconnected: () => this.resyncListeners.forEach((fn) => fn()),
    });
    await this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener?.stop();
    this.listener = null;
    for (const set of this.subscriptions.values()) for (const s of set) s.stop();
  }

  get listenerPid(): number | null {
    return this.listener?.backendPid ?? null;
  }

  /** Events may have been missed (the LISTEN connection was down): subscribers must re-fetch. */
  onResync(fn: () => void): () => void {
    this.resyncListeners.add(fn);
    return () => this.resyncListeners.delete(fn);
  }

  /** Registrations on the bus, plus the subscribers that share one (a test waits on it before publishing). */
  get subscriberCount(): number {
    let n = this.followers;
    for (const set of this.subscriptions.values()) n += set.size;
    return n;
  }

  /** Counts a subscriber that shares another's registration; call the returned function when it leaves. */
  follow(): () => void {
    this.followers += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.followers -= 1;
    };
  }

  /**
   * The subscriber's async stream of visible rows of `topic`; ends when the client unsubscribes or loses access. It
   * registers on its first `next()` (a stream that is never read — a subscriber that joined a shared group — never
   * does) and unregisters when it ends.
   */
  subscribe<T>(
    topic: string,
    viewer: LiveViewer,
    accept: (item: LiveItem<T>) => boolean,
  ): AsyncIterableIterator<LiveItem<T>> {
    return this.subscribeMany<LiveItem<T>>(viewer, [
      { topic, accept: accept as (item: LiveItem) => boolean, map: (item) => item as LiveItem<T> },
    ]);
  }

  /**
   * One stream over several topics (a ticket thread: its messages and the ticket), each part with its own argument
   * check and mapping: events arrive in fan-out order (NOTIFY order), with no merge of separate streams in between.
   * One registration per part, all registered on the first `next()` and removed together.
   */
  subscribeMany<T>(
    viewer: LiveViewer,
    parts: { topic: string; accept: (item: AnyLiveItem) => boolean; map: (item: AnyLiveItem) => T }[],
  ): AsyncIterableIterator<T> {
    for (const { topic } of parts) if (!this.topics[topic]) throw new Error(`Unknown live topic ${topic}`);
    return new LiveStream<T>(SUBSCRIBER_BUFFER, (stream) => {
      const registered = parts.map(({ topic, accept, map }) => {
        const key = `${topic}|${viewer.workspaceId}`;
        const sub: LiveSubscription = {
          topic,
          viewer,
          accept,
          push: (item) => stream.push(map(item)),
          stop: () => stream.stop(),
        };
        let set = this.subscriptions.get(key);
        if (!set) this.subscriptions.set(key, (set = new Set()));
        set.add(sub);
        return { key, set, sub };
      });
      return () => {
        for (const { key, set, sub } of registered) {
          set.delete(sub);
          if (!set.size && this.subscriptions.get(key) === set) this.subscriptions.delete(key);
        }
      };
    });
  }

  /**
   * Exposed for tests: what happens to a NOTIFY payload. The row and the sessions load at once; the fan-out waits for
   * the previous event's, so a thread shows its message before the ticket change the same reply caused.
   */
  async deliver(event: LiveEvent): Promise<void> {
    const set = this.subscriptions.get(`${event.topic}|${event.workspaceId}`);
    if (!set?.size) return;
    const subs = [...set];
    const loaded = Promise.all([
      this.loader(event.topic).load(`${event.workspaceId}|${event.id}`),
      this.refreshViewers(event.workspaceId, subs),
    ]);
    loaded.catch(() => undefined); // reported below, in order
    const previous = this.fanOutTail;
    const done = previous.then(() => this.fanOut(event, subs, loaded));
    this.fanOutTail = done;
    await done;
  }

  private async fanOut(
    event: LiveEvent,
    subs: LiveSubscription[],
    loaded: Promise<[LiveItem | null, Map<string, LiveViewer>]>,
  ): Promise<void> {
    try {
      const [item, viewers] = await loaded;
      for (const sub of subs) {
        const viewer = viewers.get(viewerKey(sub.viewer));
        if (!viewer) {
          sub.stop(); // membership removed, portal access revoked: the subscription ends
          continue;
        }
        sub.viewer = viewer;
        if (item && liveVisibleTo(this.topics[sub.topic], item, viewer) && sub.accept(item)) sub.push(item);
      }
    } catch (err) {
      logger.error({ err, topic: event.topic }, 'live updates: delivery failed');
    }
  }

  /** Events of the same tick and topic are loaded in one query per workspace. */
  private loader(topic: string): DataLoader<string, LiveItem | null> {
    let loader = this.loaders.get(topic);
    if (!loader) {
      const def = this.topics[topic];
      loader = new DataLoader(
        async (keys) => {
          const byWorkspace = new Map<string, string[]>();
          for (const key of keys) {
            const [ws, id] = key.split('|');
            byWorkspace.set(ws, [...(byWorkspace.get(ws) ?? []), id]);
          }
          const found = new Map<string, LiveItem>();
          await Promise.all(
            [...byWorkspace].map(async ([ws, ids]) => {
              for (const item of await def.load(this.dataSource.manager, ws, ids)) {
                found.set(`${ws}|${(item.row as { id: string }).id}`, item);
              }
            }),
          );
          return keys.map((k) => found.get(k) ?? null);
        },
        { cache: false },
      );
      this.loaders.set(topic, loader);
    }
    return loader;
  }

  /** Sessions re-read for every event (role changes, removed members, revoked portal access take effect at once). */
  private async refreshViewers(workspaceId: string, subs: LiveSubscription[]): Promise<Map<string, LiveViewer>> {
    const userIds = new Set<string>();
    const contactIds = new Set<string>();
    for (const { viewer } of subs) {
      if (viewer.kind === 'staff') userIds.add(viewer.userId);
      else contactIds.add(viewer.contactId);
    }
    const [staff, portal] = await Promise.all([
      userIds.size ? staffViewersOf(this.dataSource, workspaceId, [...userIds]) : new Map(),
      contactIds.size ? portalViewersOf(this.dataSource, workspaceId, [...contactIds]) : new Map(),
    ]);
    const out = new Map<string, LiveViewer>();
    for (const v of staff.values()) out.set(viewerKey(v), v);
    for (const v of portal.values()) out.set(viewerKey(v), v);
    return out;
  }
}
