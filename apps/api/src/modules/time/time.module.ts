import { defineModule } from '../../platform/module';
import { RunningTimer } from './running-timer.entity';
import { TimeEntry } from './time-entry.entity';
import { createTimeLoaders } from './time.loaders';
import { RunningTimerResolver, TimeResolver, TimesheetRowResolver } from './time.resolver';
import { seedTime } from './time.seed';
import { TimeService } from './time.service';

declare module '../../platform/module' {
  interface Services {
    time: TimeService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createTimeLoaders> {}
}

/** Time entries, the running timer, weekly timesheets. */
export const timeModule = defineModule({
  name: 'time',
  entities: [TimeEntry, RunningTimer],
  resolvers: [TimeResolver, RunningTimerResolver, TimesheetRowResolver],
  services: { time: () => new TimeService() },
  loaders: (scope) => createTimeLoaders(scope),
  seed: (m, demo) => seedTime(m, demo.northwindId, demo.userIds, demo.today),
});
