import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import nodemailer from 'nodemailer';
import { loadConfig } from './platform/config/config';
import { createDataSource } from './data-source';
import { migrateDatabase } from './platform/db/migrate';
import { registerJobs } from './platform/jobs/register-jobs';
import { createServices } from './platform/services';
import { MODULES } from './modules';
import { logger } from './platform/logger/logger';

/**
 * A job worker on its own (`pnpm --filter @clientflow/api worker`): the same tasks as the API's embedded worker.
 * Run it with JOBS_WORKER=false on the API processes to move background work off them. It needs DATABASE_URL:
 * the embedded database belongs to the API process that started it.
 */
async function main() {
  const config = loadConfig({ jobsWorker: true });
  if (!config.databaseUrl)
    throw new Error('the standalone worker needs DATABASE_URL (the API owns the embedded database)');
  const dataSource = createDataSource(config.databaseUrl, { poolSize: config.jobsConcurrency + 2 });
  await dataSource.initialize();
  await migrateDatabase(dataSource);
  // Without SMTP_URL, mail goes to the dev catcher of the API process on this machine.
  const transport = config.smtpUrl
    ? nodemailer.createTransport(config.smtpUrl)
    : nodemailer.createTransport({ host: '127.0.0.1', port: config.mailCatcherPort, secure: false, ignoreTLS: true });
  // The worker signs no sessions; a random secret satisfies SessionTokens' length check when SESSION_SECRET is unset.
  const services = createServices(MODULES, {
    dataSource,
    config,
    transport,
    sessionSecret: config.sessionSecret ?? randomBytes(32).toString('hex'),
  });
  registerJobs(MODULES, services);
  await services.jobs.start();
  console.log(
    `ClientFlow worker is up: ${services.jobs.taskNames.length} task(s), concurrency ${config.jobsConcurrency}`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'worker shutting down');
    setTimeout(() => process.exit(1), 15_000).unref();
    await services.jobs.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  logger.fatal({ err }, 'worker failed to start');
  process.exit(1);
});
