import DataLoader from 'dataloader';
import { defineModule } from '../../platform/module';
import { NewDeviceNoticeService } from './new-device-notice.service';
import { TwoFactorRecoveryCode } from './recovery-code.entity';
import { SecretBox } from './secret-box';
import { TwoFactorResolver, UserTwoFactorResolver, ViewerTwoFactorResolver } from './two-factor.resolver';
import { TwoFactorService } from './two-factor.service';
import { UserTwoFactor } from './user-two-factor.entity';

declare module '../../platform/module' {
  interface Services {
    twoFactor: TwoFactorService;
    newDeviceNotice: NewDeviceNoticeService;
  }
  interface Loaders {
    /** Whether two-factor is on, by user id. */
    twoFactorEnabled: DataLoader<string, boolean>;
  }
}

/**
 * Sign-in security: TOTP two-factor (setup, recovery codes, the sign-in challenge, the workspace's requirement,
 * enforced by `assertAccess`) and the new-device sign-in notice.
 */
export const twoFactorModule = defineModule({
  name: 'two-factor',
  entities: [UserTwoFactor, TwoFactorRecoveryCode],
  resolvers: [TwoFactorResolver, UserTwoFactorResolver, ViewerTwoFactorResolver],
  services: {
    twoFactor: (s, d) =>
      new TwoFactorService(d.dataSource, s.rateLimiter, s.audit, s.sessions, new SecretBox(d.sessionSecret)),
    newDeviceNotice: (s, d) => new NewDeviceNoticeService(d.dataSource, s.outbox, d.config.adminOrigin),
  },
  loaders: (_scope, { dataSource }) => ({
    twoFactorEnabled: new DataLoader<string, boolean>(async (ids) => {
      const rows: { userId: string }[] = await dataSource.query(
        `SELECT "userId" FROM user_two_factor WHERE "userId" = ANY($1::uuid[]) AND "enabledAt" IS NOT NULL`,
        [ids],
      );
      const enabled = new Set(rows.map((r) => r.userId));
      return ids.map((id) => enabled.has(id));
    }),
  }),
});
