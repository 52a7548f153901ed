import { assertEmailVerified } from '../accounts/account.service';
import type { DataSource, EntityManager } from 'typeorm';
import {
  assertCanInvite,
  badInput,
  forbidden,
  isEmail,
  normalizeEmail,
  notFound,
  unauthenticated,
  type Role,
} from '@clientflow/domain';
import { hashPassword } from '../../platform/auth/password';
import { assertStrongPassword } from '../../platform/auth/password-policy';
import { isUuid } from '../../platform/db/tenant-scope';
import type { RateLimiter } from '../../platform/limits/rate-limit';
import { emailLocaleOf, renderLocalizedEmail } from '../../platform/mail/localized-email';
import type { Outbox } from '../../platform/mail/outbox.service';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { TeamCaller } from './team.service';
import { invitationEmail } from './invitation.email';
import {
  hashInvitationToken,
  INVITATION_TTL_DAYS,
  invitationExpiry,
  isInvitationTokenShape,
  newInvitationToken,
} from './invitation-token';
import type { InvitationPreviewType, InvitationStatus, TeamInvitationType } from './team.types';

interface InvitationRow {
  id: string;
  workspaceId: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  createdAt: Date;
  sentAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

const SELECT_INVITATION = `SELECT i.id, i."workspaceId", i.email, i.role, inviter.name AS "invitedByName", i."createdAt",
    i."sentAt", i."expiresAt", i."acceptedAt", i."revokedAt"
  FROM workspace_invitation i LEFT JOIN app_user inviter ON inviter.id = i."invitedByUserId"`;

const statusOf = (row: InvitationRow, now = new Date()): InvitationStatus =>
  row.acceptedAt ? 'ACCEPTED' : row.revokedAt ? 'REVOKED' : row.expiresAt <= now ? 'EXPIRED' : 'PENDING';

const view = (row: InvitationRow): TeamInvitationType => ({ ...row, status: statusOf(row) });

const invalidLink = () => badInput('token', 'This invitation has expired or was already used');

/** Who accepts: the signed-in user (if any), and name and password for a new account. */
export interface Acceptor {
  viewerUserId: string | null;
  name?: string | null;
  password?: string | null;
}

/**
 * Team invitations: 256-bit tokens emailed as a link, only their sha256 stored, 7 days, single use (consumed by one
 * conditional UPDATE in the accepting transaction). A token names its workspace; nothing else decides where the
 * invitee lands. Accepting works whatever SIGNUP says: invite-only means exactly this path.
 */
export class InvitationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly adminOrigin: string,
  ) {}

  /** Open invitations of the workspace (pending and expired), newest first. */
  async list(workspaceId: string): Promise<TeamInvitationType[]> {
    const rows: InvitationRow[] = await this.dataSource.query(
      `${SELECT_INVITATION} WHERE i."workspaceId" = $1 AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
        ORDER BY i."createdAt" DESC, i.id`,
      [workspaceId],
    );
    return rows.map(view);
  }

  async invite(caller: TeamCaller & { role: Role }, emailInput: string, role: Role): Promise<TeamInvitationType> {
    assertCanInvite(caller.role, role);
    const email = normalizeEmail(emailInput);
    if (!isEmail(email)) throw badInput('email', 'Enter a valid email address');
    await this.assertInviterMayInvite(caller);
    await this.rateLimiter.hit(`team-invite:ws:${caller.workspaceId}`, 50, 60 * 60);
    const id = await this.dataSource.transaction(async (m) => {
      const member = await m.query(
        `SELECT 1 FROM membership ms JOIN app_user u ON u.id = ms."userId" WHERE ms."workspaceId" = $1 AND u.email = $2`,
        [caller.workspaceId, email],
      );
      if (member.length) throw badInput('email', 'This person is already a member of the workspace');
      const open: InvitationRow[] = await m.query(
        `${SELECT_INVITATION} WHERE i."workspaceId" = $1 AND i.email = $2 AND i."acceptedAt" IS NULL AND i."revokedAt" IS NULL
          FOR UPDATE OF i`,
        [caller.workspaceId, email],
      );
      if (open[0] && statusOf(open[0]) === 'PENDING')
        throw badInput('email', 'This email already has a pending invitation: resend it instead');
      // An expired one is replaced by the new invitation (and its role).
      if (open[0]) await m.query(`UPDATE workspace_invitation SET "revokedAt" = now() WHERE id = $1`, [open[0].id]);
      const token = newInvitationToken();
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO workspace_invitation ("workspaceId", email, role, "invitedByUserId", "tokenHash", "expiresAt")
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [caller.workspaceId, email, role, caller.userId, hashInvitationToken(token), invitationExpiry(new Date())],
      );
      await this.sendEmail(m, row.id, token, caller.userId);
      await this.audit.record(
        {
          workspaceId: caller.workspaceId,
          action: 'invitation.sent',
          actor: caller.audit,
          target: { type: 'invitation', id: row.id, label: email },
          changes: { role },
        },
        m,
      );
      return row.id;
    });
    return this.get(caller.workspaceId, id);
  }

  /** A new token (the old link stops working) valid for another 7 days; at most 3 resends an hour per invitation. */
  async resend(caller: TeamCaller & { role: Role }, id: string): Promise<TeamInvitationType> {
    const current = await this.get(caller.workspaceId, id);
    if (current.status === 'ACCEPTED' || current.status === 'REVOKED')
      throw badInput('id', 'This invitation was already accepted or revoked');
    assertCanInvite(caller.role, current.role);
    await this.assertInviterMayInvite(caller);
    await this.rateLimiter.hit(`team-invite-resend:${id}`, 3, 60 * 60);
    await this.dataSource.transaction(async (m) => {
      const token = newInvitationToken();
      const updated: [unknown[], number] = await m.query(
        `UPDATE workspace_invitation SET "tokenHash" = $3, "expiresAt" = $4, "sentAt" = now(), "updatedAt" = now()
          WHERE id = $1 AND "workspaceId" = $2 AND "acceptedAt" IS NULL AND "revokedAt" IS NULL`,
        [id, caller.workspaceId, hashInvitationToken(token), invitationExpiry(new Date())],
      );
      if (!updated[1]) throw badInput('id', 'This invitation was already accepted or revoked');
      await this.sendEmail(m, id, token, caller.userId);
      await this.audit.record(
        {
          workspaceId: caller.workspaceId,
          action: 'invitation.resent',
          actor: caller.audit,
          target: { type: 'invitation', id, label: current.email },
        },
        m,
      );
    });
    return this.get(caller.workspaceId, id);
  }

  async revoke(caller: TeamCaller & { role: Role }, id: string): Promise<void> {
    const current = await this.get(caller.workspaceId, id);
    // Withdrawing an OWNER invitation is granting/removing OWNER territory: owners only.
    assertCanInvite(caller.role, current.role);
    await this.dataSource.transaction(async (m) => {
      const updated: [unknown[], number] = await m.query(
        `UPDATE workspace_invitation SET "revokedAt" = now(), "updatedAt" = now()
          WHERE id = $1 AND "workspaceId" = $2 AND "acceptedAt" IS NULL AND "revokedAt" IS NULL`,
        [id, caller.workspaceId],
      );
      if (!updated[1]) throw badInput('id', 'This invitation was already accepted or revoked');
      await this.audit.record(
        {
          workspaceId: caller.workspaceId,
          action: 'invitation.revoked',
          actor: caller.audit,
          target: { type: 'invitation', id, label: current.email },
          changes: { role: current.role },
        },
        m,
      );
    });
  }

  /** For the public accept page: null for a link that never existed (or a malformed one). Rate limited per IP. */
  async preview(token: string, ip: string, viewerUserId: string | null): Promise<InvitationPreviewType | null> {
    await this.rateLimiter.hit(`team-invite-preview:ip:${ip}`, 120, 15 * 60);
    const row = await this.byToken(this.dataSource.manager, token);
    if (!row) return null;
    const [agency]: { name: string }[] = await this.dataSource.query(`SELECT name FROM workspace WHERE id = $1`, [
      row.workspaceId,
    ]);
    const account: { id: string }[] = await this.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [
      row.email,
    ]);
    return {
      agencyName: agency.name,
      email: row.email,
      role: row.role,
      inviterName: row.invitedByName,
      status: statusOf(row),
      expiresAt: row.expiresAt,
      accountExists: account.length > 0,
      signedInAsInvitee: account.length > 0 && account[0].id === viewerUserId,
    };
  }

  /**
   * Joins the invitation's workspace: a new account for a new email, else the signed-in account with that email.
   * Answers the user and workspace to open (or switch) the session to. Refusals leave the link unused.
   */
  async accept(
    token: string,
    acceptor: Acceptor,
    origin: { ip: string; userAgent: string },
  ): Promise<{ userId: string; workspaceId: string }> {
    // Only failures count (a wrong link, a weak password…): 20 per IP in 15 minutes.
    const key = `team-invite-accept:ip:${origin.ip}`;
    await this.rateLimiter.assertBelow(key, 20, 15 * 60);
    try {
      return await this.join(token, acceptor, origin);
    } catch (err) {
      await this.rateLimiter.hit(key, 20, 15 * 60).catch(() => undefined);
      throw err;
    }
  }

  private async join(
    token: string,
    acceptor: Acceptor,
    origin: { ip: string; userAgent: string },
  ): Promise<{ userId: string; workspaceId: string }> {
    const found = await this.byToken(this.dataSource.manager, token);
    if (!found || statusOf(found) !== 'PENDING') throw invalidLink();
    const existing: { id: string }[] = await this.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [
      found.email,
    ]);
    const existingId = existing[0]?.id ?? null;
    let passwordHash: string | null = null;
    if (existingId) {
      if (!acceptor.viewerUserId) throw unauthenticated(`Sign in as ${found.email} to accept`);
      if (acceptor.viewerUserId !== existingId)
        throw forbidden(`This invitation is for ${found.email}: sign in as ${found.email} to accept`);
    } else {
      if (!acceptor.name?.trim()) throw badInput('name', 'Enter your name');
      if (!acceptor.password) throw badInput('password', 'Choose a password');
      assertStrongPassword(acceptor.password, { email: found.email, words: [acceptor.name] });
      passwordHash = await hashPassword(acceptor.password);
    }
    const name = acceptor.name?.trim().slice(0, 100) ?? '';

    return this.dataSource.transaction(async (m) => {
      // Single use: the same statement checks unused, unrevoked and unexpired, and takes the link.
      const taken: [{ id: string; workspaceId: string; email: string; role: Role }[], number] = await m.query(
        `UPDATE workspace_invitation SET "acceptedAt" = now(), "updatedAt" = now()
          WHERE "tokenHash" = $1 AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > now()
          RETURNING id, "workspaceId", email, role`,
        [hashInvitationToken(token)],
      );
      const invitation = taken[0][0];
      if (!invitation) throw invalidLink();
      let userId = existingId;
      if (!userId) {
        const [workspace]: { locale: string }[] = await m.query(`SELECT locale FROM workspace WHERE id = $1`, [
          invitation.workspaceId,
        ]);
        const inserted: { id: string }[] = await m.query(
          `INSERT INTO app_user (name, email, "passwordHash", locale) VALUES ($1, $2, $3, $4)
           ON CONFLICT (email) DO NOTHING RETURNING id`,
          [name, invitation.email, passwordHash, emailLocaleOf(workspace.locale)],
        );
        if (!inserted[0]) throw invalidLink();
        userId = inserted[0].id;
      }
      const joined: { userId: string }[] = await m.query(
        `INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, $3)
         ON CONFLICT ("userId", "workspaceId") DO NOTHING RETURNING "userId"`,
        [userId, invitation.workspaceId, invitation.role],
      );
      if (!joined[0]) throw badInput('token', 'You are already a member of this workspace');
      await m.query(`UPDATE workspace_invitation SET "acceptedByUserId" = $2 WHERE id = $1`, [invitation.id, userId]);
      const actor: AuditActor = { ...origin, userId, label: invitation.email };
      await this.audit.record(
        {
          workspaceId: invitation.workspaceId,
          action: 'invitation.accepted',
          actor,
          target: { type: 'invitation', id: invitation.id, label: invitation.email },
          changes: { role: invitation.role, newAccount: !existingId },
        },
        m,
      );
      return { userId, workspaceId: invitation.workspaceId };
    });
  }

  /** Only people whose own email is verified may invite others (an unverified sign-up cannot mail strangers). */
  private assertInviterMayInvite(caller: TeamCaller): Promise<void> {
    return assertEmailVerified(this.dataSource.manager, caller.userId);
  }

  private async get(workspaceId: string, id: string): Promise<TeamInvitationType> {
    if (!isUuid(id)) throw notFound('Invitation');
    const rows: InvitationRow[] = await this.dataSource.query(
      `${SELECT_INVITATION} WHERE i.id = $1 AND i."workspaceId" = $2`,
      [id, workspaceId],
    );
    if (!rows[0]) throw notFound('Invitation');
    return view(rows[0]);
  }

  private async byToken(m: EntityManager, token: string): Promise<InvitationRow | null> {
    if (!isInvitationTokenShape(token)) return null;
    const rows: InvitationRow[] = await m.query(`${SELECT_INVITATION} WHERE i."tokenHash" = $1`, [
      hashInvitationToken(token),
    ]);
    return rows[0] ?? null;
  }

  /** The invitation email, in the workspace's language, inside the inviting transaction (outbox). */
  private async sendEmail(m: EntityManager, id: string, token: string, inviterId: string): Promise<void> {
    const [row]: { email: string; role: Role; workspaceId: string; agency: string; locale: string; inviter: string }[] =
      await m.query(
        `SELECT i.email, i.role, i."workspaceId", w.name AS agency, w.locale, u.name AS inviter
           FROM workspace_invitation i JOIN workspace w ON w.id = i."workspaceId" JOIN app_user u ON u.id = $2
          WHERE i.id = $1`,
        [id, inviterId],
      );
    const link = `${this.adminOrigin}/accept-invite?token=${encodeURIComponent(token)}`;
    const { subject, text, html } = renderLocalizedEmail(invitationEmail, row.locale, {
      agencyName: row.agency,
      inviterName: row.inviter,
      role: row.role,
      link,
      days: INVITATION_TTL_DAYS,
    });
    await this.outbox.enqueue(m, {
      workspaceId: row.workspaceId,
      kind: 'TEAM_INVITATION',
      to: row.email,
      subject,
      text,
      html,
    });
  }
}
