import type { DataSource } from 'typeorm';
import { DomainError } from '@clientflow/domain';

/** Fixed-window limiter stored in Postgres so every API process shares the counts. */
export class RateLimiter {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses when `key` already used up its window, without counting this call. */
  async assertBelow(key: string, limit: number, windowSeconds: number): Promise<void> {
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT "count" FROM rate_limit_bucket WHERE "key" = $1 AND "windowStart" = to_timestamp(floor(extract(epoch from now()) / $2) * $2)`,
      [key, windowSeconds],
    );
    if (rows[0] && rows[0].count >= limit) throw tooMany();
  }

  /** Counts one call against `key`, refusing once the window's limit is passed. */
  async hit(key: string, limit: number, windowSeconds: number): Promise<void> {
    const rows: { count: number }[] = await this.dataSource.query(
      `INSERT INTO rate_limit_bucket ("key", "windowStart", "count")
       VALUES ($1, to_timestamp(floor(extract(epoch from now()) / $2) * $2), 1)
       ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = rate_limit_bucket."count" + 1
       RETURNING "count"`,
      [key, windowSeconds],
    );
    if (rows[0].count > limit) throw tooMany();
  }

  /**
   * A single-use marker in the same table: true the first time `key` is claimed, false after. The row stays until a
   * day past `until` (the sweep), so `until` must be the end of the thing's own validity (e.g. a token's expiry).
   */
  async claimOnce(key: string, until: Date): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO rate_limit_bucket ("key", "windowStart", "count") VALUES ($1, $2, 1)
       ON CONFLICT ("key", "windowStart") DO NOTHING RETURNING "count"`,
      [key, until],
    );
    return rows.length === 1;
  }

  /** Old windows are useless; called by the periodic sweeper. */
  async sweep(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_bucket WHERE "windowStart" < now() - interval '1 day'`);
  }
}

const tooMany = () => new DomainError('RATE_LIMITED', 'Too many attempts. Please wait a few minutes and try again.');
