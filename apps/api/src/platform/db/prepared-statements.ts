import { createHash } from 'node:crypto';
import pg from 'pg';

/** Named statements kept per connection; statements past this run unnamed (planned each time, as before). */
export const MAX_PREPARED_PER_CONNECTION = 300;

const names = new Map<string, string>();
/** Statement names, by SQL text (TypeORM builds the same texts again and again; hashing each time would cost more). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `cf_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size < 10_000) names.set(text, name);
  }
  return name;
}

/**
 * A pg client that runs parameterised statements as named (prepared) statements, so PostgreSQL parses and plans
 * each one once per connection instead of on every execution. Measured on the session check every request makes:
 * 636 µs → 322 µs a statement (`docs/benchmarks.md`, "Load"). TypeORM sends every statement as text plus
 * parameters; this names them by a hash of the text. Not named: statements without parameters (the simple
 * protocol, several statements at once), texts with `*` (a migration that adds a column would make a prepared
 * `SELECT *` fail with "cached plan must not change result type"), and anything past
 * MAX_PREPARED_PER_CONNECTION distinct statements on one connection (a bound on the server's memory).
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();

  // pg's overloads are many; TypeORM calls query(text, values, callback).
  override query(...args: unknown[]): never {
    const [text, values, callback] = args as [unknown, unknown, unknown];
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && !text.includes('*')) {
      const name = statementName(text);
      if (this.prepared.has(name) || this.prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        return (super.query as (...a: unknown[]) => never)({ name, text, values }, callback);
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}
