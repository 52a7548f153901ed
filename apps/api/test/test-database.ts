import path from 'node:path';
import { ROOT_DIR } from '../src/platform/config/config';
import { EmbeddedPostgres } from '../src/platform/db/embedded-postgres';

export const TEST_PG_PORT = Number(process.env.TEST_PG_PORT ?? 54330);
export const testPostgres = () =>
  new EmbeddedPostgres({
    dataDir: path.join(ROOT_DIR, '.data', 'test-postgres'),
    port: TEST_PG_PORT,
    database: 'clientflow_test',
  });
