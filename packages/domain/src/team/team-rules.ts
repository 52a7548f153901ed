import { badInput, DomainError, forbidden } from '../errors/domain-error';
import { can, ROLES, type Role } from '../permissions/permissions';

/**
 * Who may change the team. One rule set for the API (which enforces it) and the admin app (which hides what it
 * would refuse):
 * - OWNER manages everyone, OWNER included: only an OWNER grants the OWNER role (inviting as OWNER too) or takes it
 *   away (demoting or removing another OWNER).
 * - ADMIN manages everyone below OWNER: invites, changes and removes ADMIN, MANAGER and MEMBER, and may grant ADMIN
 *   (ADMIN is not "above" ADMIN: two admins can manage each other, as in most team tools).
 * - MANAGER and MEMBER manage nobody, themselves included (they can still leave the workspace).
 * - Nobody raises their own role; lowering it is allowed, except for the last OWNER.
 * - The last OWNER can neither leave, be removed nor be demoted: transfer ownership first.
 */

/** OWNER 4 … MEMBER 1: higher manages lower. */
export const ROLE_RANK: Readonly<Record<Role, number>> = { OWNER: 4, ADMIN: 3, MANAGER: 2, MEMBER: 1 };

export interface TeamActor {
  userId: string;
  role: Role;
}

export interface TeamTarget {
  userId: string;
  role: Role;
}

/** May this role manage the team at all (the `members.manage` permission)? */
export const canManageTeam = (role: Role): boolean => can(role, 'members.manage');

/** Roles `actor` may give someone (invite as, or change a member to); empty for MANAGER and MEMBER. */
export function grantableRoles(actor: Role): Role[] {
  if (!canManageTeam(actor)) return [];
  return ROLES.filter((r) => r !== 'OWNER' || actor === 'OWNER');
}

/** May `actor` act on a member holding `targetRole` (change or remove them)? */
export const canManageRole = (actor: Role, targetRole: Role): boolean =>
  canManageTeam(actor) && (targetRole !== 'OWNER' || actor === 'OWNER');

const onlyManagers = () => forbidden('Only owners and admins can manage the team');
const onlyOwners = () => forbidden('Only an owner can grant or remove the owner role');
const lastOwner = (what: string) =>
  forbidden(`The workspace needs an owner: make someone else owner before you ${what}`);

export function assertCanInvite(actor: Role, role: Role): void {
  if (!canManageTeam(actor)) throw forbidden('Only owners and admins can invite teammates');
  if (role === 'OWNER' && actor !== 'OWNER') throw forbidden('Only an owner can invite another owner');
}

export function assertCanChangeRole(p: {
  actor: TeamActor;
  target: TeamTarget;
  newRole: Role;
  /** Owners of the workspace right now (the target included when they are one). */
  ownerCount: number;
}): void {
  const { actor, target, newRole, ownerCount } = p;
  if (!canManageTeam(actor.role)) throw onlyManagers();
  if (actor.userId === target.userId) {
    if (ROLE_RANK[newRole] > ROLE_RANK[target.role]) throw forbidden('You cannot raise your own role');
    if (target.role === 'OWNER' && newRole !== 'OWNER' && ownerCount <= 1) throw lastOwner('step down');
    return;
  }
  if ((target.role === 'OWNER' || newRole === 'OWNER') && actor.role !== 'OWNER') throw onlyOwners();
  if (target.role === 'OWNER' && newRole !== 'OWNER' && ownerCount <= 1) throw lastOwner('demote them');
}

/** Leaving the workspace yourself: anyone may, except its last OWNER. */
export function assertCanLeave(role: Role, ownerCount: number): void {
  if (role === 'OWNER' && ownerCount <= 1) throw lastOwner('leave');
}

export function assertCanRemove(p: { actor: TeamActor; target: TeamTarget; ownerCount: number }): void {
  const { actor, target, ownerCount } = p;
  if (!canManageTeam(actor.role)) throw onlyManagers();
  if (actor.userId === target.userId) return assertCanLeave(target.role, ownerCount);
  if (target.role === 'OWNER' && actor.role !== 'OWNER') throw onlyOwners();
  if (target.role === 'OWNER' && ownerCount <= 1) throw lastOwner('remove them');
}

/** The target becomes OWNER and the actor becomes ADMIN (one transaction in the API). */
export function assertCanTransferOwnership(p: { actor: TeamActor; target: TeamTarget }): void {
  const { actor, target } = p;
  if (actor.role !== 'OWNER') throw forbidden('Only an owner can transfer ownership');
  if (actor.userId === target.userId) throw badInput('userId', 'Choose another member to transfer ownership to');
  if (target.role === 'OWNER') throw badInput('userId', 'This member is already an owner');
}

/** A member who manages clients must hand them over when leaving or removed. */
export function assertReassignment(p: {
  removedUserId: string;
  managedClients: number;
  reassignTo: string | null | undefined;
  /** Whether `reassignTo` is a member of the same workspace. */
  reassignToIsMember: boolean;
}): void {
  if (p.reassignTo == null) {
    if (p.managedClients > 0)
      throw badInput(
        'reassignClientsTo',
        `They manage ${p.managedClients} client${p.managedClients === 1 ? '' : 's'}: choose who takes them over`,
      );
    return;
  }
  if (p.reassignTo === p.removedUserId)
    throw badInput('reassignClientsTo', 'Choose someone other than the member who is leaving');
  if (!p.reassignToIsMember) throw badInput('reassignClientsTo', 'Choose a member of this workspace');
}

/** What the viewer may do to one member, for the admin app's menus (the same rules the API enforces). */
export interface MemberActions {
  /** Roles the member may be changed to (their current role excluded); empty = no "change role". */
  changeRoleTo: Role[];
  remove: boolean;
  transferOwnership: boolean;
}

export function memberActions(actor: TeamActor, target: TeamTarget, ownerCount: number): MemberActions {
  const allowed = (check: () => void) => {
    try {
      check();
      return true;
    } catch (err) {
      if (err instanceof DomainError) return false;
      throw err;
    }
  };
  return {
    changeRoleTo: ROLES.filter(
      (newRole) =>
        newRole !== target.role && allowed(() => assertCanChangeRole({ actor, target, newRole, ownerCount })),
    ),
    remove: allowed(() => assertCanRemove({ actor, target, ownerCount })),
    transferOwnership: allowed(() => assertCanTransferOwnership({ actor, target })),
  };
}
