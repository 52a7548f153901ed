import { LiveStream } from './live-stream';

function stream(capacity = 3) {
  const log: string[] = [];
  const s = new LiveStream<number>(capacity, () => {
    log.push('register');
    return () => log.push('unregister');
  });
  return { s, log };
}

describe('LiveStream', () => {
  it('registers on the first next() only: a stream nobody reads never registers', async () => {
    const { s, log } = stream();
    s.push(1); // not registered yet: nothing to receive
    expect(log).toEqual([]);
    await s.return();
    expect(log).toEqual([]);

    const read = stream();
    const first = read.s.next();
    expect(read.log).toEqual(['register']);
    read.s.push(7);
    expect(await first).toEqual({ done: false, value: 7 });
  });

  it('keeps the newest `capacity` events for a consumer that falls behind', async () => {
    const { s } = stream(3);
    const first = s.next();
    s.push(1);
    expect((await first).value).toBe(1);
    for (const v of [2, 3, 4, 5]) s.push(v);
    expect([(await s.next()).value, (await s.next()).value, (await s.next()).value]).toEqual([3, 4, 5]);
  });

  it('stop() delivers what is buffered, then ends, and unregisters', async () => {
    const { s, log } = stream();
    const pending = s.next();
    s.push(1);
    await pending;
    s.push(2);
    s.stop();
    expect(log).toEqual(['register', 'unregister']);
    s.push(3); // after stop: dropped
    expect(await s.next()).toEqual({ done: false, value: 2 });
    expect(await s.next()).toEqual({ done: true, value: undefined });
  });

  it('return() ends a waiting consumer at once and unregisters once', async () => {
    const { s, log } = stream();
    const waiting = s.next();
    await s.return();
    await s.return();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(log).toEqual(['register', 'unregister']);
    s.push(1);
    expect(await s.next()).toEqual({ done: true, value: undefined });
  });
});
