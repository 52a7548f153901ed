import { defineModule } from '../../platform/module';
import { IdempotencyKey } from './idempotency-key.entity';
import { registerIdempotencyJobs } from './idempotency.jobs';
import { IdempotencyService } from './idempotency.service';

declare module '../../platform/module' {
  interface Services {
    idempotency: IdempotencyService;
  }
}

/**
 * Idempotency keys for mutations with effects outside the database (emails, payments, checkout sessions): the
 * mutations take an optional `idempotencyKey` argument and run through `services.idempotency.run` (decision 24).
 */
export const idempotencyModule = defineModule({
  name: 'idempotency',
  entities: [IdempotencyKey],
  services: { idempotency: (_s, { dataSource }) => new IdempotencyService(dataSource) },
  jobs: registerIdempotencyJobs,
});
