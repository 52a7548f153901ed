import { MODULES } from './modules';
import { buildDataSource } from './platform/db/data-source';
import { entitiesOf } from './platform/module';

/** The app's TypeORM data source: the platform's tables and every module's. */
export function createDataSource(url: string, opts: { poolSize?: number; preparedStatements?: boolean } = {}) {
  return buildDataSource(url, entitiesOf(MODULES), opts);
}
