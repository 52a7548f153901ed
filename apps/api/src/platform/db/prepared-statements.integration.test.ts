import type pg from 'pg';
import { MAX_PREPARED_PER_CONNECTION, PreparingClient } from './prepared-statements';

/** Used as the pool uses it: through pg.Client's own query signatures. */
let client: pg.Client;
beforeAll(async () => {
  client = new PreparingClient({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

/** The statements this connection has prepared (the view lists only its own session's). */
const prepared = async (): Promise<string[]> =>
  (await client.query(`SELECT statement FROM pg_prepared_statements`)).rows.map((r) => r.statement as string);

describe('PreparingClient', () => {
  it('prepares a parameterised statement once and reuses it', async () => {
    const text = `SELECT $1::int + 1 AS "next"`;
    expect((await client.query(text, [1])).rows).toEqual([{ next: 2 }]);
    expect((await client.query(text, [41])).rows).toEqual([{ next: 42 }]);
    expect((await prepared()).filter((s) => s === text)).toHaveLength(1);
  });

  it('leaves statements without parameters, and texts with *, unprepared', async () => {
    const star = `SELECT * FROM (SELECT $1::text AS "word") w`;
    expect((await client.query(star, ['plum'])).rows).toEqual([{ word: 'plum' }]);
    expect((await client.query(`SELECT 7 AS "seven"`)).rows).toEqual([{ seven: 7 }]);
    const statements = await prepared();
    expect(statements).not.toContain(star);
    expect(statements).not.toContain(`SELECT 7 AS "seven"`);
  });

  it('recovers a statement whose preparation failed inside an aborted transaction', async () => {
    const text = `SELECT $1::int + 2 AS "three"`;
    await client.query('BEGIN');
    await expect(client.query(`SELECT 1/0`)).rejects.toThrow();
    await expect(client.query(text, [1])).rejects.toThrow(/aborted/);
    await client.query('ROLLBACK');
    expect((await client.query(text, [1])).rows).toEqual([{ three: 3 }]);
    expect(await prepared()).toContain(text);
  });
  it('stops preparing new statements past its bound, and still runs them', async () => {
    for (let i = 0; i < MAX_PREPARED_PER_CONNECTION + 5; i++) {
      expect((await client.query(`SELECT $1::int + ${i} AS "n"`, [1])).rows).toEqual([{ n: 1 + i }]);
    }
    expect((await prepared()).length).toBe(MAX_PREPARED_PER_CONNECTION);
  });
});
