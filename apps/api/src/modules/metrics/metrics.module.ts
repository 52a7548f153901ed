import { defineModule } from '../../platform/module';
import { createMetricsLoaders } from './client-metrics.loaders';
import { ClientMetricsResolver } from './client-metrics.resolver';

declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createMetricsLoaders> {}
}

/** Client metrics (value, relationship time, margin); built on the time module's loaders, so listed after it. */
export const metricsModule = defineModule({
  name: 'metrics',
  resolvers: [ClientMetricsResolver],
  loaders: (scope, { loaders }) => createMetricsLoaders(scope, loaders.timeTotalsByClient),
});
