import path from 'node:path';
import { SessionTokens } from './auth/session-token';
import { JobQueue } from './jobs/job-queue';
import { RateLimiter } from './limits/rate-limit';
import { Outbox } from './mail/outbox.service';
import { liveTopicsOf, type AppModule, type ServiceDeps, type Services } from './module';
import { LiveBus } from './realtime/live-bus';
import { LocalDiskStorage } from './storage/local-disk-storage';

/**
 * The platform's services, then every module's. A module's factory may use any other service: each is built on
 * first use (a cycle between factories is an error), and all are built before this returns.
 */
export function createServices(modules: readonly AppModule[], deps: ServiceDeps): Services {
  const { dataSource, config } = deps;
  const storage = new LocalDiskStorage(path.join(config.dataDir, 'files'));
  const jobs = new JobQueue(dataSource, {
    concurrency: config.jobsConcurrency,
    lockRecovery: { staleMs: config.jobsLockTimeoutSeconds * 1000 },
  });
  const platform: Pick<Services, 'jobs' | 'tokens' | 'rateLimiter' | 'outbox' | 'storage' | 'live'> = {
    jobs,
    tokens: new SessionTokens(deps.sessionSecret),
    rateLimiter: new RateLimiter(dataSource),
    outbox: new Outbox(dataSource, deps.transport, config.mailFrom, storage, jobs),
    storage,
    live: new LiveBus(dataSource, liveTopicsOf(modules)),
  };
  // Completed below: every module's service is defined on this object before it is returned.
  const services = platform as Services;
  const building = new Set<string>();
  for (const m of modules) {
    for (const [name, factory] of Object.entries(m.services ?? {}) as [
      keyof Services,
      (s: Services, d: ServiceDeps) => unknown,
    ][]) {
      if (Object.prototype.hasOwnProperty.call(services, name))
        throw new Error(`service "${name}" is declared twice (module ${m.name})`);
      Object.defineProperty(services, name, {
        configurable: true,
        enumerable: true,
        get() {
          if (building.has(name)) throw new Error(`services depend on each other in a cycle through "${name}"`);
          building.add(name);
          const value = factory(services, deps);
          building.delete(name);
          Object.defineProperty(services, name, { value, enumerable: true, writable: false });
          return value;
        },
      });
    }
  }
  for (const name of Object.keys(services)) void services[name as keyof Services];
  return services;
}
