import { randomUUID } from 'node:crypto';
import { TenantScope } from '../../platform/db/tenant-scope';
import { createWorkspace, startTestServer, type TestServer, type TestWorkspace } from '../../../test/harness';
import { IDEMPOTENCY_KEY_IN_USE, IdempotencyService, jsonResult, type IdempotentCall } from './idempotency.service';

let server: TestServer;
let ws: TestWorkspace;
beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Keys');
});
afterAll(() => server.close());

const call = (key: string, args: Record<string, unknown> = { n: 1 }): IdempotentCall => ({
  key,
  operation: 'testOp',
  args,
  viewer: { kind: 'USER', id: ws.users.OWNER.id },
});

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('IdempotencyService: a second request while the first is running', () => {
  it('waits for the first and answers its result without running again', async () => {
    const service = new IdempotencyService(server.dataSource);
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    const key = randomUUID();
    const { open, opened } = gate();
    let runs = 0;
    const first = service.run(scope, call(key), jsonResult<{ n: number }>(), async () => {
      runs++;
      await opened;
      return { n: 42 };
    });
    await new Promise((r) => setTimeout(r, 100)); // the first holds its key row
    const second = service.run(scope, call(key), jsonResult<{ n: number }>(), async () => {
      runs++;
      return { n: 7 };
    });
    await new Promise((r) => setTimeout(r, 200));
    open();
    expect(await first).toEqual({ n: 42 });
    expect(await second).toEqual({ n: 42 });
    expect(runs).toBe(1);
  });

  it('answers a retryable CONFLICT (reason IDEMPOTENCY_KEY_IN_USE) when the first takes longer than the wait', async () => {
    const service = new IdempotencyService(server.dataSource, '150ms');
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    const key = randomUUID();
    const { open, opened } = gate();
    const first = service.run(scope, call(key), jsonResult<string>(), async () => {
      await opened;
      return 'first';
    });
    await new Promise((r) => setTimeout(r, 100));
    let ran = false;
    await expect(
      service.run(scope, call(key), jsonResult<string>(), async () => {
        ran = true;
        return 'second';
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey', reason: IDEMPOTENCY_KEY_IN_USE });
    open();
    expect(await first).toBe('first');
    expect(ran).toBe(false);
    // Once the first committed, the retry gets its answer.
    expect(await service.run(scope, call(key), jsonResult<string>(), async () => 'third')).toBe('first');
  });

  it('a first request that fails frees the key for the waiting one, which then runs', async () => {
    const service = new IdempotencyService(server.dataSource);
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    const key = randomUUID();
    const { open, opened } = gate();
    const first = service.run(scope, call(key), jsonResult<string>(), async () => {
      await opened;
      throw new Error('provider down');
    });
    await new Promise((r) => setTimeout(r, 100));
    const second = service.run(scope, call(key), jsonResult<string>(), async () => 'second');
    await new Promise((r) => setTimeout(r, 100));
    open();
    await expect(first).rejects.toThrow('provider down');
    expect(await second).toBe('second');
  });

  it('the argument hash ignores key order and input classes', async () => {
    const service = new IdempotencyService(server.dataSource);
    const scope = new TenantScope(server.dataSource.manager, ws.workspace.id);
    const key = randomUUID();
    class Input {
      constructor(
        public b: number,
        public a: string,
      ) {}
    }
    await service.run(scope, call(key, { input: new Input(2, 'x'), id: 'i' }), jsonResult<number>(), async () => 1);
    expect(
      await service.run(scope, call(key, { id: 'i', input: { a: 'x', b: 2 } }), jsonResult<number>(), async () => 2),
    ).toBe(1);
  });
});
