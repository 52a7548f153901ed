import type { Services } from '../../platform/module';

export const SWEEP_IDEMPOTENCY_KEYS_TASK = 'idempotency.sweep';

/** Hourly: keys past their 24 hours are deleted (a claim also ignores an expired key the sweep has not reached). */
export function registerIdempotencyJobs(services: Services): void {
  services.jobs.define<Record<string, never>>(SWEEP_IDEMPOTENCY_KEYS_TASK, async () => {
    await services.idempotency.sweep(new Date());
  });
  services.jobs.schedule({ task: SWEEP_IDEMPOTENCY_KEYS_TASK, match: '23 * * * *', backfillMs: 0 });
}
