import { testPostgres } from './test-database';

export default async function globalTeardown() {
  if (process.env.TEST_EMBEDDED_PG === '1') testPostgres().stop();
}
