import Bowser from 'bowser';
import type { DataSource } from 'typeorm';
import { emailLocaleOf, renderLocalizedEmail } from '../../platform/mail/localized-email';
import type { Outbox } from '../../platform/mail/outbox.service';
import type { SessionOrigin } from '../identity/sessions/session.service';
import { newDeviceEmail } from './new-device.email';

/** Browser family and operating system, without versions: a browser update is not a new device. */
export function deviceFamily(userAgent: string): string {
  if (!userAgent) return '';
  const { browser, os } = Bowser.parse(userAgent);
  return `${browser.name ?? '?'}|${os.name ?? '?'}`;
}

/**
 * "New sign-in to ClientFlow" emails: when an account that signed in before signs in from a browser (family and
 * OS) at an address that none of its sessions still on record (live, or ended less than 30 days ago) shows together.
 */
export class NewDeviceNoticeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly adminOrigin: string,
  ) {}

  /** Asked before the new session is opened (it would match itself). False for the account's first sign-in. */
  async isNewDevice(userId: string, origin: SessionOrigin): Promise<boolean> {
    const [user]: { lastSignInAt: Date | null }[] = await this.dataSource.query(
      `SELECT "lastSignInAt" FROM app_user WHERE id = $1`,
      [userId],
    );
    if (!user?.lastSignInAt) return false;
    const seen: { userAgent: string }[] = await this.dataSource.query(
      `SELECT DISTINCT "userAgent" FROM user_session WHERE "userId" = $1 AND ip = $2 LIMIT 200`,
      [userId, origin.ip.slice(0, 64)],
    );
    const family = deviceFamily(origin.userAgent);
    return !seen.some((s) => deviceFamily(s.userAgent) === family);
  }

  /** Enqueues the notice in the user's language, the time in the workspace's time zone. */
  async send(userId: string, workspaceId: string, origin: SessionOrigin, now = new Date()): Promise<void> {
    const [row]: { email: string; name: string; locale: string; timezone: string }[] = await this.dataSource.query(
      `SELECT u.email, u.name, u.locale, w.timezone FROM app_user u, workspace w WHERE u.id = $1 AND w.id = $2`,
      [userId, workspaceId],
    );
    if (!row) return;
    const locale = emailLocaleOf(row.locale);
    const { subject, text, html } = renderLocalizedEmail(newDeviceEmail, locale, {
      name: row.name,
      ...browserAndOs(origin.userAgent),
      ip: origin.ip,
      time: formatTime(now, locale, row.timezone),
      resetUrl: `${this.adminOrigin}/forgot-password`,
    });
    await this.dataSource.transaction((m) =>
      this.outbox.enqueue(m, { workspaceId, kind: 'NEW_DEVICE_SIGN_IN', to: row.email, subject, text, html }),
    );
  }
}

function browserAndOs(userAgent: string): { browser: string; os: string | null } {
  const { browser, os } = Bowser.parse(userAgent || 'unknown');
  const major = browser.version?.split('.')[0];
  return { browser: [browser.name ?? 'Unknown browser', major].filter(Boolean).join(' '), os: os.name ?? null };
}

function formatTime(date: Date, locale: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone }).format(date);
  } catch {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}
