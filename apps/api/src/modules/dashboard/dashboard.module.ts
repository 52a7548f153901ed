import { defineModule } from '../../platform/module';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { DashboardSubscriptionResolver } from './dashboard.subscriptions';

declare module '../../platform/module' {
  interface Services {
    dashboard: DashboardService;
  }
}

/** The staff home: stat cards and the live activity feed. */
export const dashboardModule = defineModule({
  name: 'dashboard',
  resolvers: [DashboardResolver, DashboardSubscriptionResolver],
  services: { dashboard: (s) => new DashboardService(s.time) },
});
