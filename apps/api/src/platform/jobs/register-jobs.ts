import { registerMailJobs } from '../mail/mail.jobs';
import type { AppModule } from '../module';
import type { Services } from '../module';

/**
 * The platform's background tasks (mail delivery) and every module's. Both the API process and the standalone
 * worker (`src/worker.ts`) call this, so they run the same code; whether a process works the queue is config.
 */
export function registerJobs(modules: readonly AppModule[], services: Services): void {
  registerMailJobs(services);
  for (const m of modules) m.jobs?.(services);
}
