import {
  createLiveStatusStore,
  INITIAL_LIVE_CONNECTION,
  liveSocketListeners,
  nextLiveConnection,
  type LiveSocketEvent,
} from './live-connection';

const run = (events: LiveSocketEvent[]) => {
  let state = INITIAL_LIVE_CONNECTION;
  const refetches: number[] = [];
  events.forEach((event, i) => {
    const next = nextLiveConnection(state, event);
    state = next.state;
    if (next.refetch) refetches.push(i);
  });
  return { state, refetches };
};

describe('live connection', () => {
  it('goes connecting → live without re-fetching on the first connection', () => {
    expect(run([{ type: 'connecting' }]).state.status).toBe('connecting');
    expect(run([{ type: 'connecting' }, { type: 'connected' }])).toEqual({
      state: { status: 'live', interrupted: false },
      refetches: [],
    });
  });

  it('shows reconnecting after a lost socket and re-fetches once it is back', () => {
    const events: LiveSocketEvent[] = [
      { type: 'connecting' },
      { type: 'connected' },
      { type: 'closed', code: 1006 },
      { type: 'connecting' },
    ];
    expect(run(events).state.status).toBe('reconnecting');
    expect(run([...events, { type: 'connected' }])).toEqual({
      state: { status: 'live', interrupted: false },
      refetches: [4],
    });
  });

  it('treats the server’s 1012 (events may have been missed) as an interruption', () => {
    const { refetches } = run([
      { type: 'connected' },
      { type: 'closed', code: 1012 },
      { type: 'connecting' },
      { type: 'connected' },
    ]);
    expect(refetches).toEqual([3]);
  });

  it.each([1000, 4401, 4403])('goes idle without re-fetching after a deliberate close (%i)', (code) => {
    const { state, refetches } = run([
      { type: 'connected' },
      { type: 'closed', code },
      { type: 'connecting' },
      { type: 'connected' },
    ]);
    expect(state.status).toBe('live');
    expect(refetches).toEqual([]);
    expect(run([{ type: 'connected' }, { type: 'closed', code }]).state).toEqual({
      status: 'idle',
      interrupted: false,
    });
  });

  it('store: notifies on status changes only and calls the re-fetch', () => {
    const store = createLiveStatusStore();
    const seen: string[] = [];
    let refetched = 0;
    store.setRefetch(() => refetched++);
    const stop = store.subscribe((c) => seen.push(c.status));
    store.dispatch({ type: 'connecting' });
    store.dispatch({ type: 'connected' });
    store.dispatch({ type: 'connected' });
    store.dispatch({ type: 'closed', code: 1006 });
    store.dispatch({ type: 'connected' });
    stop();
    store.dispatch({ type: 'closed', code: 1000 });
    expect(seen).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    expect(refetched).toBe(1);
    expect(store.getSnapshot().status).toBe('idle');
  });

  it('socket listeners read the close code, treating a missing one as abnormal', () => {
    const store = createLiveStatusStore();
    const on = liveSocketListeners(store);
    on.connected();
    on.closed({ code: 1000 });
    expect(store.getSnapshot()).toEqual({ status: 'idle', interrupted: false });
    on.connected();
    on.closed(new Error('network down'));
    expect(store.getSnapshot()).toEqual({ status: 'reconnecting', interrupted: true });
  });
});
