import type { DataSource } from 'typeorm';
import { badInput, forbidden, normalizeEmail, permissionsFor, unauthenticated } from '@clientflow/domain';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/password';
import type { RateLimiter } from '../../platform/limits/rate-limit';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { Workspace } from './workspace.entity';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { ViewerType, WorkspaceMemberType } from './identity.types';

export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimiter: RateLimiter,
  ) {}

  /** Checks the password; answers the same for an unknown email and a wrong password. Returns the first workspace. */
  async authenticate(
    emailInput: string,
    password: string,
    ip: string,
  ): Promise<{ userId: string; workspaceId: string }> {
    const email = normalizeEmail(emailInput);
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
