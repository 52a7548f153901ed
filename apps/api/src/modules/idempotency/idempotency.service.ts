import { badInput, DomainError } from '@clientflow/domain';
import type { DataSource } from 'typeorm';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { IDEMPOTENCY_KEY_FIELD, requestHash, validateIdempotencyKey } from './idempotency-request';

/** How long a key answers with its first result; the hourly sweep deletes older rows. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** How long a retry waits for the first request with its key to finish before answering IDEMPOTENCY_KEY_IN_USE. */
export const IN_FLIGHT_WAIT = '10s';
/** `extensions.reason` of the retryable CONFLICT answered while the first request is still running. */
export const IDEMPOTENCY_KEY_IN_USE = 'IDEMPOTENCY_KEY_IN_USE';

export interface IdempotentCall {
  /** The client's key; null/undefined = no idempotency (the mutation runs as always). */
  key: string | null | undefined;
  /** The GraphQL field name: one key serves one operation. */
  operation: string;
  /** The operation's arguments except the key. */
  args: Record<string, unknown>;
  viewer: { kind: 'USER' | 'CONTACT'; id: string };
}

/** How a result is stored and answered again: JSON for plain results, ids reloaded for entities. */
export interface ResultCodec<T> {
  save(result: T): unknown;
  load(scope: TenantScope, saved: unknown): Promise<T>;
}

/** For results that are plain JSON already (the replay answers exactly the first response's root object). */
export const jsonResult = <T>(): ResultCodec<T> => ({
  save: (result) => result,
  load: async (_scope, saved) => saved as T,
});

const LOCK_NOT_AVAILABLE = '55P03';
const codeOf = (err: unknown) =>
  (err as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (err as { code?: string })?.code;

/**
 * Idempotency keys, as Stripe has them: the first request with a key runs and its answer is stored with the key,
 * in the effect's own transaction; a retry with the same key and arguments answers that again and does nothing.
 * The unique index on (workspace, viewer, key) is the lock: a concurrent retry's INSERT waits for the first
 * transaction and then sees its row (or, if it rolled back, runs itself). A failed request stores nothing.
 */
export class IdempotencyService {
  constructor(
    private readonly dataSource: DataSource,
    /** A PostgreSQL interval: how long a retry waits for an in-flight first request. */
    private readonly inFlightWait = IN_FLIGHT_WAIT,
  ) {}

  async run<T>(
    scope: TenantScope,
    call: IdempotentCall,
    codec: ResultCodec<T>,
    fn: (scope: TenantScope) => Promise<T>,
  ): Promise<T> {
    if (call.key == null) return fn(scope);
    const key = validateIdempotencyKey(call.key);
    const hash = requestHash(call.args);
    return scope.transaction(async (tx) => {
      const claimed = await this.claim(tx, call, key, hash);
      if (!claimed.fresh) return codec.load(tx, claimed.response);
      const result = await fn(tx);
      await tx.manager.query(`UPDATE idempotency_key SET response = $2 WHERE id = $1`, [
        claimed.id,
        JSON.stringify(codec.save(result) ?? null),
      ]);
      return result;
    });
  }

  /** Deletes keys past their 24 hours; answers how many. */
  async sweep(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_HOURS * 3600 * 1000);
    const [, count] = (await this.dataSource.query(`DELETE FROM idempotency_key WHERE "createdAt" < $1`, [cutoff])) as [
      unknown,
      number,
    ];
    return count;
  }

  private async claim(
    tx: TenantScope,
    call: IdempotentCall,
    key: string,
    hash: string,
  ): Promise<{ fresh: true; id: string } | { fresh: false; response: unknown }> {
    const q = (sql: string, params: unknown[]) => tx.manager.query(sql, params);
    const where = `"workspaceId" = $1 AND "viewerKind" = $2 AND "viewerId" = $3 AND key = $4`;
    const scopeParams = [tx.workspaceId, call.viewer.kind, call.viewer.id, key];
    // An expired key that the sweep has not reached yet is free again.
    await q(`DELETE FROM idempotency_key WHERE ${where} AND "createdAt" < now() - make_interval(hours => $5)`, [
      ...scopeParams,
      IDEMPOTENCY_KEY_TTL_HOURS,
    ]);
    const [{ previous }] = await q(`SELECT current_setting('lock_timeout') AS previous`, []);
    await q(`SELECT set_config('lock_timeout', $1, true)`, [this.inFlightWait]);
    let inserted: { id: string }[];
    try {
      inserted = await q(
        `INSERT INTO idempotency_key ("workspaceId", "viewerKind", "viewerId", key, operation, "requestHash")
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ("workspaceId", "viewerKind", "viewerId", key) DO NOTHING
         RETURNING id`,
        [...scopeParams, call.operation, hash],
      );
    } catch (err) {
      if (codeOf(err) === LOCK_NOT_AVAILABLE) throw inUse();
      throw err;
    }
    await q(`SELECT set_config('lock_timeout', $1, true)`, [previous]);
    if (inserted.length) return { fresh: true, id: inserted[0].id };

    const [row] = (await q(`SELECT operation, "requestHash", response FROM idempotency_key WHERE ${where}`, [
      ...scopeParams,
    ])) as { operation: string; requestHash: string; response: unknown }[];
    if (!row) throw inUse();
    if (row.operation !== call.operation) {
      throw badInput(
        IDEMPOTENCY_KEY_FIELD,
        `This idempotency key was used for ${row.operation}; use a new key for a different request`,
      );
    }
    if (row.requestHash !== hash) {
      throw badInput(
        IDEMPOTENCY_KEY_FIELD,
        'This idempotency key was used with other arguments; use a new key for a different request',
      );
    }
    return { fresh: false, response: row.response };
  }
}

const inUse = () =>
  new DomainError(
    'CONFLICT',
    'A request with this idempotency key is still being processed; retry it in a moment',
    IDEMPOTENCY_KEY_FIELD,
    IDEMPOTENCY_KEY_IN_USE,
  );
