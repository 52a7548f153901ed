import WebSocket from 'ws';

/**
 * The subscriber side of `bench:fanout`: raw graphql-transport-ws sockets, receipt timed on arrival before any
 * parsing. Used in the bench process, or forked (BENCH_FANOUT_CLIENT_PROCS) and driven over IPC.
 */

/** Milliseconds on the machine's monotonic clock: comparable across the bench's processes. */
export const clock = () => Number(process.hrtime.bigint()) / 1e6;

export interface SubscriberWorkload {
  query: string;
  variables: Record<string, unknown>;
  /** Frames every subscriber receives per round. */
  framesPerRound: number;
  /** Which frames are timed: every frame, or only thread frames carrying a message (checked on the raw bytes). */
  timed: 'all' | 'message';
}

const isTimed = (w: SubscriberWorkload, data: Buffer) => w.timed === 'all' || data.indexOf('"message":null') === -1;

/** A bare graphql-transport-ws subscriber (one staff session, `app: admin`). */
function subscriber(
  port: number,
  cookie: string,
  w: SubscriberWorkload,
  onFrame: (at: number, data: Buffer) => void,
): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', {
      headers: { cookie },
      perMessageDeflate: false,
      skipUTF8Validation: true,
    });
    let subscribed = false;
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { app: 'admin' } })));
    ws.on('error', reject);
    ws.on('message', (data: Buffer) => {
      const at = clock();
      if (subscribed) {
        // graphql-transport-ws frames start with {"id":"1","type":"next" (anything else here is a failure).
        if (data.indexOf('"type":"next"') === -1) throw new Error(`subscription failed: ${String(data)}`);
        return onFrame(at, data);
      }
      const msg = JSON.parse(String(data)) as { type: string };
      if (msg.type !== 'connection_ack') return reject(new Error(String(data)));
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: w.query, variables: w.variables } }));
      subscribed = true;
      resolve(ws);
    });
  });
}

/** A set of subscriber sockets and the bookkeeping of one round at a time. */
export function createSubscribers() {
  const sockets: WebSocket[] = [];
  let frames = 0;
  let expected = Infinity;
  let arrivals: number[] = [];
  let done: (() => void) | null = null;
  let workload: SubscriberWorkload | null = null;
  const onFrame = (at: number, data: Buffer) => {
    frames += 1;
    if (isTimed(workload!, data)) arrivals.push(at);
    if (frames === expected) done?.();
  };
  return {
    get size() {
      return sockets.length;
    },
    /** Opens `count` subscribers; subscriber i signs in with cookies[i % cookies.length] (tabs of the same sessions). */
    async open(port: number, count: number, w: SubscriberWorkload, cookies: string[]): Promise<void> {
      workload = w;
      for (let opened = 0; opened < count; opened += 50) {
        const batch = Math.min(50, count - opened);
        sockets.push(
          ...(await Promise.all(
            Array.from({ length: batch }, (_, j) =>
              subscriber(port, cookies[(opened + j) % cookies.length], w, onFrame),
            ),
          )),
        );
      }
    },
    /** Arms a round: the promise resolves with the timed arrivals (`clock()` ms) once every socket has all its frames. */
    arm(w: SubscriberWorkload): Promise<number[]> {
      workload = w;
      frames = 0;
      arrivals = [];
      expected = sockets.length * w.framesPerRound;
      if (!expected) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`round timed out: ${frames}/${expected} frames`)), 15_000);
        done = () => {
          clearTimeout(timer);
          done = null;
          resolve(arrivals);
        };
      });
    },
    closeAll(): void {
      for (const s of sockets.splice(0)) s.close();
    },
  };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Forked: answers the bench over IPC. */
if (require.main === module && process.send) {
  let subs: ReturnType<typeof createSubscribers> | null = null;
  let armed: Promise<number[]> = Promise.resolve([]);
  onIpcMessage(
    async (msg: {
      id: number;
      cmd: string;
      port?: number;
      cookies?: string[];
      count?: number;
      workload?: SubscriberWorkload;
    }) => {
      try {
        let value: unknown = true;
        if (msg.cmd === 'open') {
          subs ??= createSubscribers();
          if (msg.count) await subs.open(msg.port!, msg.count, msg.workload!, msg.cookies!);
        } else if (msg.cmd === 'arm') {
          armed = subs!.arm(msg.workload!);
          armed.catch(() => undefined);
        } else if (msg.cmd === 'wait') value = await armed;
        else if (msg.cmd === 'closeAll') subs?.closeAll();
        else if (msg.cmd === 'cpu') value = cpuMs();
        else if (msg.cmd === 'stop') {
          subs?.closeAll();
          process.send!({ id: msg.id, value }, () => process.exit(0));
          return;
        }
        process.send!({ id: msg.id, value });
      } catch (err) {
        process.send!({ id: msg.id, error: (err as Error).message });
      }
    },
  );
  process.send({ ready: true });
}

/** IPC from the bench process; a handler's failure is logged (the bench then times out on the missing answer). */
function onIpcMessage<M>(handler: (msg: M) => Promise<void>): void {
  process.on('message', (msg: M) => {
    handler(msg).catch((err: unknown) => console.error(err));
  });
}
