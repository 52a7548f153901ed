import { defineModule } from '../../platform/module';
import { AccountToken } from './account-token.entity';
import { AccountService } from './account.service';
import { AccountsResolver } from './accounts.resolver';
import { PasswordService } from './password.service';

declare module '../../platform/module' {
  interface Services {
    accounts: AccountService;
    passwords: PasswordService;
  }
}

const TOKEN_SWEEP_TASK = 'accounts.tokens.sweep';

/** Self-service accounts: sign-up (SIGNUP), email verification, forgot/reset and change password. */
export const accountsModule = defineModule({
  name: 'accounts',
  entities: [AccountToken],
  resolvers: [AccountsResolver],
  services: {
    accounts: (s, { dataSource, config }) =>
      new AccountService(dataSource, {
        config,
        rateLimiter: s.rateLimiter,
        outbox: s.outbox,
        audit: s.audit,
        sessions: s.sessions,
      }),
    passwords: (s, { dataSource, config }) =>
      new PasswordService(dataSource, {
        adminOrigin: config.adminOrigin,
        rateLimiter: s.rateLimiter,
        outbox: s.outbox,
        audit: s.audit,
        sessions: s.sessions,
      }),
  },
  jobs: (services) => {
    services.jobs.define(TOKEN_SWEEP_TASK, () => services.accounts.sweepTokens());
    services.jobs.schedule({ task: TOKEN_SWEEP_TASK, match: '23 * * * *' });
  },
  // Demo staff are made by the seed, like create-owner's: their addresses count as verified.
  seed: async (m, demo) => {
    await m.query(`UPDATE app_user SET "emailVerifiedAt" = now() WHERE id = ANY($1) AND "emailVerifiedAt" IS NULL`, [
      demo.userIds,
    ]);
  },
});
