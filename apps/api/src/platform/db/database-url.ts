import { Client } from 'pg';
import path from 'node:path';
import type { AppConfig } from '../config/config';
import { EmbeddedPostgres } from './embedded-postgres';

/** Creates `name` unless it exists (idempotent). */
export async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

export interface ResolvedDatabase {
  url: string;
  embedded?: EmbeddedPostgres;
}

/** `DATABASE_URL` wins; otherwise the embedded server under `<dataDir>/postgres` is started. */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl };
  const embedded = new EmbeddedPostgres({
    dataDir: path.join(config.dataDir, 'postgres'),
    port: config.embeddedPgPort,
  });
  await embedded.start();
  await embedded.ensureDatabase(createDatabaseIfMissing);
  return { url: embedded.url, embedded };
}
