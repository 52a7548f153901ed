/**
 * The live-updates socket as both SPAs show it. `idle`: no socket (nothing subscribed, or the session was refused);
 * `connecting`: first connection; `live`: connected; `reconnecting`: the socket was lost while in use.
 */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting';

export interface LiveConnection {
  status: LiveStatus;
  /** The last socket closed while subscriptions were running, so events may have been missed. */
  interrupted: boolean;
}

export type LiveSocketEvent = { type: 'connecting' } | { type: 'connected' } | { type: 'closed'; code: number };

export const INITIAL_LIVE_CONNECTION: LiveConnection = { status: 'idle', interrupted: false };

/** 1000: closed on purpose (a lazy client with no subscription left). 4401/4403: the server refused the session. */
const DELIBERATE_CLOSE = new Set([1000, 4401, 4403]);

/**
 * Next state of the connection, and whether the app must re-fetch its active queries now: true on the first
 * connection after an interruption (including the server's 1012 "re-fetch" close), never on the very first one.
 */
export function nextLiveConnection(
  state: LiveConnection,
  event: LiveSocketEvent,
): { state: LiveConnection; refetch: boolean } {
  switch (event.type) {
    case 'connecting':
      return { state: { ...state, status: state.interrupted ? 'reconnecting' : 'connecting' }, refetch: false };
    case 'connected':
      return { state: { status: 'live', interrupted: false }, refetch: state.interrupted };
    case 'closed':
      if (DELIBERATE_CLOSE.has(event.code)) return { state: { status: 'idle', interrupted: false }, refetch: false };
      return { state: { status: 'reconnecting', interrupted: true }, refetch: false };
  }
}

export type LiveStatusListener = (connection: LiveConnection) => void;

/** A tiny observable store over `nextLiveConnection` (for React's useSyncExternalStore in the SPAs). */
export function createLiveStatusStore(onRefetch: () => void = () => undefined) {
  let current = INITIAL_LIVE_CONNECTION;
  const listeners = new Set<LiveStatusListener>();
  let refetch = onRefetch;
  return {
    getSnapshot: (): LiveConnection => current,
    subscribe(listener: LiveStatusListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Who re-fetches after an interruption (set once the Apollo client exists). */
    setRefetch(fn: () => void): void {
      refetch = fn;
    },
    dispatch(event: LiveSocketEvent): void {
      const next = nextLiveConnection(current, event);
      if (next.state.status !== current.status || next.state.interrupted !== current.interrupted) {
        current = next.state;
        listeners.forEach((l) => l(current));
      }
      if (next.refetch) refetch();
    },
  };
}
export type LiveStatusStore = ReturnType<typeof createLiveStatusStore>;

/** graphql-ws client `on` listeners feeding a store (a close without a code counts as abnormal, 1006). */
export function liveSocketListeners(store: Pick<LiveStatusStore, 'dispatch'>) {
  return {
    connecting: () => store.dispatch({ type: 'connecting' }),
    connected: () => store.dispatch({ type: 'connected' }),
    closed: (event: unknown) => {
      const code = (event as { code?: unknown } | null)?.code;
      store.dispatch({ type: 'closed', code: typeof code === 'number' ? code : 1006 });
    },
  };
}
