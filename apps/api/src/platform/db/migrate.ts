import type { DataSource } from 'typeorm';
import { connectionStringOf, migrateJobQueue } from '../jobs/job-queue';

/** Brings a database up to date: the application's TypeORM migrations, then the job queue's own schema. */
export async function migrateDatabase(ds: DataSource) {
  const applied = await ds.runMigrations({ transaction: 'each' });
  await migrateJobQueue(connectionStringOf(ds));
  return applied;
}
