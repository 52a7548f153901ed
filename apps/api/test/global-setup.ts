import 'reflect-metadata';
import { createDataSource } from '../src/data-source';
import { Client } from 'pg';
import { testPostgres } from './test-database';
import { migrateDatabase } from '../src/platform/db/migrate';

/** Starts (or restarts, if a previous run was killed) the test PostgreSQL and migrates it once. */
export default async function globalSetup() {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const pg = testPostgres();
    await pg.start();
    // A fresh database every run: no rows, rate-limit windows or tokens left from the last one.
    await pg.ensureDatabase(recreateDatabase);
    url = pg.url;
    process.env.TEST_DATABASE_URL = url;
    process.env.TEST_EMBEDDED_PG = '1';
  }
  const ds = createDataSource(url);
  await ds.initialize();
  await migrateDatabase(ds);
  await ds.destroy();
}

async function recreateDatabase(maintenanceUrl: string, name: string) {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
