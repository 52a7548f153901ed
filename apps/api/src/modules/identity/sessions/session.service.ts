import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '@clientflow/domain';
import type { SessionTokens } from '../../../platform/auth/session-token';
import { UserSession } from './user-session.entity';

export type SessionEndReason =
  'SIGN_OUT' | 'SIGN_OUT_ALL' | 'REVOKED' | 'PASSWORD_CHANGED' | 'PASSWORD_RESET' | 'TWO_FACTOR_CHANGED';

export interface SessionOrigin {
  ip: string;
  userAgent: string;
}

/** Staff sign-in sessions: one row per signed-in browser, referenced by the cookie's JWT (`sid`). */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: SessionTokens,
  ) {}

  /** Opens a session and answers the signed cookie value for it (the caller sets the cookie). */
  async open(userId: string, workspaceId: string, origin: SessionOrigin, m: EntityManager = this.dataSource.manager) {
    const session = await m.getRepository(UserSession).save({
      userId,
      ip: origin.ip.slice(0, 64),
      userAgent: origin.userAgent.slice(0, 500),
      expiresAt: new Date(Date.now() + this.tokens.ttlMs),
    });
    const token = await this.tokens.sign({ kind: 'staff', sub: userId, ws: workspaceId, sid: session.id });
    return { sessionId: session.id, token };
  }

  /** The same session, now speaking for another workspace of the user (switching keeps the browser's session). */
  reissue(userId: string, workspaceId: string, sessionId: string): Promise<string> {
    return this.tokens.sign({ kind: 'staff', sub: userId, ws: workspaceId, sid: sessionId });
  }

  /** The user's live sessions, most recently seen first. */
  list(userId: string): Promise<UserSession[]> {
    return this.dataSource
      .getRepository(UserSession)
      .createQueryBuilder('s')
      .where('s."userId" = :userId AND s."revokedAt" IS NULL AND s."expiresAt" > now()', { userId })
      .orderBy('s."lastSeenAt"', 'DESC')
      .getMany();
  }

  /** Ends one of the user's own sessions; another user's id is "not found". */
  async revoke(
    userId: string,
    sessionId: string,
    reason: SessionEndReason,
    m: EntityManager = this.dataSource.manager,
  ) {
    const result = await m
      .createQueryBuilder()
      .update(UserSession)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('id = :sessionId AND "userId" = :userId AND "revokedAt" IS NULL', { sessionId, userId })
      .execute();
    if (!result.affected) throw notFound('Session');
  }

  /** Ends every session of the user (except `keep`, the caller's own, when given). Answers how many ended. */
  async revokeAll(
    userId: string,
    reason: SessionEndReason,
    opts: { keep?: string; manager?: EntityManager } = {},
  ): Promise<number> {
    const qb = (opts.manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .update(UserSession)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('"userId" = :userId AND "revokedAt" IS NULL', { userId });
    if (opts.keep) qb.andWhere('id <> :keep', { keep: opts.keep });
    return (await qb.execute()).affected ?? 0;
  }

  /** Expired and long-revoked rows are useless; called by the periodic sweeper. */
  async sweep(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM user_session WHERE "expiresAt" < now() - interval '1 day' OR "revokedAt" < now() - interval '30 days'`,
    );
  }
}
