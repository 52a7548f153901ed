import 'reflect-metadata';
import { createDataSource } from '../src/db/data-source';
import { createDatabaseIfMissing } from '../src/db/database-url';
import { testPostgres } from './test-database';

/** Starts (or restarts, if a previous run was killed) the test PostgreSQL and migrates it once. */
export default async function globalSetup() {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const pg = testPostgres();
    await pg.start();
    await pg.ensureDatabase(createDatabaseIfMissing);
    url = pg.url;
    process.env.TEST_DATABASE_URL = url;
    process.env.TEST_EMBEDDED_PG = '1';
  }
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
