import 'reflect-metadata';
import { loadConfig } from './platform/config/config';
import { createApp } from './app';
import { createDataSource } from './data-source';
import { resolveDatabase } from './platform/db/database-url';
import { DEMO_PASSWORD, DEMO_PORTAL_EMAIL, DEMO_USERS, seedDemo } from './demo-seed';
import { logger } from './platform/logger/logger';
import { migrateDatabase } from './platform/db/migrate';

async function main() {
  const config = loadConfig();
  const db = await resolveDatabase(config);
  const dataSource = createDataSource(db.url);
  await dataSource.initialize();
  const migrations = await migrateDatabase(dataSource);
  if (migrations.length) logger.info({ count: migrations.length }, 'migrations applied');
  if (config.seedDemo) logger.info(await seedDemo(dataSource));

  const app = await createApp(config, dataSource);
  const port = await app.listen(config.port);
  const api = `http://localhost:${port}`;
  logger.info({ port }, 'api listening');
  console.log(
    [
      '',
      'ClientFlow API is up',
      `  GraphQL     ${api}/graphql${config.playground ? `   (playground: ${api}/playground)` : ''}`,
      `  Health      ${api}/health`,
      app.mailCatcher ? `  Dev mail    ${api}/dev/mail` : '',
      `  Database    ${db.embedded ? `embedded PostgreSQL (${config.dataDir}/postgres)` : 'DATABASE_URL'}`,
      config.seedDemo
        ? `  Demo logins ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(', ')} — password "${DEMO_PASSWORD}"\n  Portal demo request a link for ${DEMO_PORTAL_EMAIL}`
        : '',
      '',
    ]
      .filter((l) => l !== '')
      .join('\n'),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Whatever happens, the embedded database must not outlive us.
    const force = setTimeout(() => {
      db.embedded?.stop();
      process.exit(1);
    }, 8_000).unref();
    try {
      app.httpServer.closeIdleConnections();
      await app.close();
      await dataSource.destroy();
    } finally {
      db.embedded?.stop();
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  logger.fatal({ err }, 'failed to start');
  process.exit(1);
});
