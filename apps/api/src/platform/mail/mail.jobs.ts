import type { Services } from '../module';
import { EMAIL_SEND_TASK, EMAIL_SWEEP_TASK } from './outbox.service';

/** Outbox delivery through the job queue: one job per message, plus a sweep every minute as a safety net. */
export function registerMailJobs(services: Services): void {
  services.jobs.define<{ emailId: string }>(EMAIL_SEND_TASK, ({ emailId }) => services.outbox.deliver(emailId));
  services.jobs.define(EMAIL_SWEEP_TASK, async () => void (await services.outbox.sweep()));
  services.jobs.schedule({ task: EMAIL_SWEEP_TASK, match: '* * * * *' });
}
