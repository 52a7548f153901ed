import 'reflect-metadata';
import path from 'node:path';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { OutboundEmail } from '../mail/outbound-email.entity';
import { RateLimitBucket } from '../limits/rate-limit.entity';
import type { ClassRef } from '../module';
import { countQuery } from './query-counter';
import { loadConfig } from '../config/config';
import { PreparingClient } from './prepared-statements';

/** Counts every SQL statement against the current request (see query-counter.ts). */
class CountingLogger implements TypeOrmLogger {
  logQuery() {
    countQuery();
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

/** The platform's own tables (outbox, rate limits) plus the modules' entities. */
export function buildDataSource(
  url: string,
  entities: ClassRef[],
  opts: { poolSize?: number; preparedStatements?: boolean } = {},
): DataSource {
  const prepared = opts.preparedStatements ?? loadConfig().dbPreparedStatements;
  const ds = new DataSource({
    type: 'postgres',
    url,
    entities: [OutboundEmail, RateLimitBucket, ...entities],
    migrations: [path.join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: ['query'],
    logger: new CountingLogger(),
    extra: { max: opts.poolSize ?? 20, ...(prepared ? { Client: PreparingClient } : {}) },
  });
  return ds;
}
