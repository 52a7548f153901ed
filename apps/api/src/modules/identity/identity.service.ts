import type { DataSource } from 'typeorm';
import { badInput, forbidden, normalizeEmail, permissionsFor, unauthenticated } from '@clientflow/domain';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/password';
import type { RateLimiter } from '../../platform/limits/rate-limit';
import type { AuditService } from '../audit/audit.service';
import type { SessionOrigin } from './sessions/session.service';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { Workspace } from './workspace.entity';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { ViewerType, WorkspaceMemberType } from './identity.types';

export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  /** Checks the password; answers the same for an unknown email and a wrong password. Returns the first workspace. */
  async authenticate(
    emailInput: string,
    password: string,
    origin: SessionOrigin,
  ): Promise<{ userId: string; workspaceId: string }> {
    const email = normalizeEmail(emailInput);
    const { ip } = origin;
    // Only failures count: 10 per email and 50 per IP in 15 minutes.
    const keys = [
      [`signin:email:${email}`, 10],
      [`signin:ip:${ip}`, 50],
    ] as const;
    for (const [key, limit] of keys) await this.rateLimiter.assertBelow(key, limit, 15 * 60);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok) {
      for (const [key, limit] of keys) await this.rateLimiter.hit(key, limit, 15 * 60).catch(() => undefined);
      if (user)
        await this.audit.recordForUser(user.id, { action: 'auth.signInFailed', actor: { ...origin, label: email } });
      throw badInput('password', 'Email or password is incorrect');
    }
    const membership = await this.dataSource
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.userId = :id', { id: user.id })
      .orderBy('m.createdAt', 'ASC')
      .getOne();
    if (!membership) throw forbidden('This account does not belong to any workspace');
    return { userId: user.id, workspaceId: membership.workspaceId };
  }

  /** Records a successful sign-in: last sign-in time and one audit row per workspace of the user. */
  async signedIn(userId: string, origin: SessionOrigin): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.getRepository(User).update({ id: userId }, { lastSignInAt: new Date() });
      await this.audit.recordForUser(userId, { action: 'auth.signedIn', actor: origin }, m);
    });
  }

  async assertMember(userId: string, workspaceId: string): Promise<void> {
    const count = await this.dataSource.getRepository(Membership).countBy({ userId, workspaceId });
    if (!count) throw forbidden('You are not a member of that workspace');
  }

  async describe(userId: string, workspaceId: string): Promise<ViewerType> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw unauthenticated();
    const memberships = await this.dataSource.getRepository(Membership).find({
      where: { userId },
      relations: { workspace: true },
      order: { workspace: { name: 'ASC' } },
    });
    const current = memberships.find((m) => m.workspaceId === workspaceId);
    if (!current) throw unauthenticated();
    return {
      user,
      workspace: current.workspace,
      role: current.role,
      permissions: permissionsFor(current.role, { memberCanViewFinancials: current.workspace.memberCanViewFinancials }),
      memberships: memberships.map((m) => ({ workspace: m.workspace, role: m.role })),
    };
  }

  workspace(id: string) {
    return this.dataSource.getRepository(Workspace).findOneByOrFail({ id });
  }

  /** Members of the scope's workspace, ordered by name. */
  async workspaceMembers(scope: TenantScope): Promise<WorkspaceMemberType[]> {
    const rows = await scope
      .query(Membership, 'm')
      .innerJoinAndSelect('m.user', 'u')
      .orderBy('u.name', 'ASC')
      .getMany();
    return rows.map((m) => ({ id: m.userId, name: m.user.name, email: m.user.email, role: m.role }));
  }
}
