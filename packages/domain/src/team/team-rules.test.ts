import { DomainError } from '../errors/domain-error';
import { ROLES, type Role } from '../permissions/permissions';
import {
  assertCanChangeRole,
  assertCanInvite,
  assertCanLeave,
  assertCanRemove,
  assertCanTransferOwnership,
  assertReassignment,
  canManageRole,
  grantableRoles,
  memberActions,
} from './team-rules';

/** ✓ allowed, · refused with FORBIDDEN. Spelled out cell by cell so a rule change has to be made here on purpose. */
type Mark = '✓' | '·';

const outcome = (fn: () => void): Mark | string => {
  try {
    fn();
    return '✓';
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return err.code === 'FORBIDDEN' ? '·' : err.code;
  }
};

const me = (role: Role) => ({ userId: 'actor', role });
const them = (role: Role) => ({ userId: 'target', role });

describe('inviting', () => {
  // actor → invited role: OWNER ADMIN MANAGER MEMBER
  const EXPECTED: Record<Role, Mark[]> = {
    OWNER: ['✓', '✓', '✓', '✓'],
    ADMIN: ['·', '✓', '✓', '✓'],
    MANAGER: ['·', '·', '·', '·'],
    MEMBER: ['·', '·', '·', '·'],
  };
  it.each(ROLES.flatMap((actor) => ROLES.map((role, i) => [actor, role, EXPECTED[actor][i]] as const)))(
    '%s inviting as %s: %s',
    (actor, role, expected) => {
      expect(outcome(() => assertCanInvite(actor, role))).toBe(expected);
    },
  );

  it('offers exactly the roles the rules allow', () => {
    for (const actor of ROLES) {
      expect(grantableRoles(actor)).toEqual(ROLES.filter((_, i) => EXPECTED[actor][i] === '✓'));
    }
  });

  it('explains an ADMIN inviting an OWNER', () => {
    expect(() => assertCanInvite('ADMIN', 'OWNER')).toThrow('Only an owner can invite another owner');
  });
});

describe("changing another member's role (two owners, so no last-owner rule applies)", () => {
  // EXPECTED[actor][target] = marks for the new role OWNER ADMIN MANAGER MEMBER
  const EXPECTED: Record<Role, Record<Role, string>> = {
    OWNER: { OWNER: '✓✓✓✓', ADMIN: '✓✓✓✓', MANAGER: '✓✓✓✓', MEMBER: '✓✓✓✓' },
    ADMIN: { OWNER: '····', ADMIN: '·✓✓✓', MANAGER: '·✓✓✓', MEMBER: '·✓✓✓' },
    MANAGER: { OWNER: '····', ADMIN: '····', MANAGER: '····', MEMBER: '····' },
    MEMBER: { OWNER: '····', ADMIN: '····', MANAGER: '····', MEMBER: '····' },
  };
  const cases = ROLES.flatMap((actor) =>
    ROLES.flatMap((target) =>
      ROLES.map((newRole, i) => [actor, target, newRole, [...EXPECTED[actor][target]][i]] as const),
    ),
  );
  it.each(cases)('%s changing a %s to %s: %s', (actor, target, newRole, expected) => {
    expect(outcome(() => assertCanChangeRole({ actor: me(actor), target: them(target), newRole, ownerCount: 2 }))).toBe(
      expected,
    );
  });

  it('canManageRole agrees with the table', () => {
    for (const actor of ROLES)
      for (const target of ROLES) expect(canManageRole(actor, target)).toBe(EXPECTED[actor][target].includes('✓'));
  });
});

describe('changing your own role', () => {
  // EXPECTED[own role] = new role OWNER ADMIN MANAGER MEMBER, with another owner present / as the last owner
  const WITH_ANOTHER_OWNER: Record<Role, string> = {
    OWNER: '✓✓✓✓',
    ADMIN: '·✓✓✓',
    MANAGER: '····',
    MEMBER: '····',
  };
  const AS_LAST_OWNER = '✓···';
  const self = (role: Role) => ({ userId: 'actor', role });

  it.each(ROLES.flatMap((own) => ROLES.map((newRole, i) => [own, newRole, [...WITH_ANOTHER_OWNER[own]][i]] as const)))(
    '%s changing themselves to %s: %s',
    (own, newRole, expected) => {
      const ownerCount = own === 'OWNER' ? 2 : 1;
      expect(outcome(() => assertCanChangeRole({ actor: self(own), target: self(own), newRole, ownerCount }))).toBe(
        expected,
      );
    },
  );

  it.each(ROLES.map((newRole, i) => [newRole, AS_LAST_OWNER[i]] as const))(
    'the last OWNER changing themselves to %s: %s',
    (newRole, expected) => {
      expect(
        outcome(() => assertCanChangeRole({ actor: self('OWNER'), target: self('OWNER'), newRole, ownerCount: 1 })),
      ).toBe(expected);
    },
  );

  it('says why raising yourself is refused', () => {
    expect(() =>
      assertCanChangeRole({ actor: self('ADMIN'), target: self('ADMIN'), newRole: 'OWNER', ownerCount: 1 }),
    ).toThrow('You cannot raise your own role');
  });
});

describe('removing a member', () => {
  const EXPECTED: Record<Role, string> = {
    // target OWNER ADMIN MANAGER MEMBER
    OWNER: '✓✓✓✓',
    ADMIN: '·✓✓✓',
    MANAGER: '····',
    MEMBER: '····',
  };
  it.each(ROLES.flatMap((actor) => ROLES.map((target, i) => [actor, target, [...EXPECTED[actor]][i]] as const)))(
    '%s removing a %s: %s',
    (actor, target, expected) => {
      expect(outcome(() => assertCanRemove({ actor: me(actor), target: them(target), ownerCount: 2 }))).toBe(expected);
    },
  );

  it('removing yourself follows the leaving rule (the last owner cannot)', () => {
    const owner = { userId: 'u', role: 'OWNER' as const };
    expect(outcome(() => assertCanRemove({ actor: owner, target: owner, ownerCount: 1 }))).toBe('·');
    expect(outcome(() => assertCanRemove({ actor: owner, target: owner, ownerCount: 2 }))).toBe('✓');
    const admin = { userId: 'u', role: 'ADMIN' as const };
    expect(outcome(() => assertCanRemove({ actor: admin, target: admin, ownerCount: 1 }))).toBe('✓');
  });

  it('the last owner cannot be removed, even by rules that would otherwise allow it', () => {
    expect(outcome(() => assertCanRemove({ actor: me('OWNER'), target: them('OWNER'), ownerCount: 1 }))).toBe('·');
  });
});

describe('leaving', () => {
  it.each([
    ['OWNER', 1, '·'],
    ['OWNER', 2, '✓'],
    ['ADMIN', 1, '✓'],
    ['MANAGER', 1, '✓'],
    ['MEMBER', 1, '✓'],
  ] as const)('%s with %i owner(s): %s', (role, owners, expected) => {
    expect(outcome(() => assertCanLeave(role, owners))).toBe(expected);
  });

  it('tells the last owner what to do', () => {
    expect(() => assertCanLeave('OWNER', 1)).toThrow('make someone else owner before you leave');
  });
});

describe('transferring ownership', () => {
  it.each([
    ['OWNER', 'ADMIN', '✓'],
    ['OWNER', 'MANAGER', '✓'],
    ['OWNER', 'MEMBER', '✓'],
    ['OWNER', 'OWNER', 'BAD_USER_INPUT'],
    ['ADMIN', 'MEMBER', '·'],
    ['MANAGER', 'MEMBER', '·'],
    ['MEMBER', 'MANAGER', '·'],
  ] as const)('%s to a %s: %s', (actor, target, expected) => {
    expect(outcome(() => assertCanTransferOwnership({ actor: me(actor), target: them(target) }))).toBe(expected);
  });

  it('refuses transferring to yourself as bad input', () => {
    const owner = { userId: 'u', role: 'OWNER' as const };
    expect(outcome(() => assertCanTransferOwnership({ actor: owner, target: owner }))).toBe('BAD_USER_INPUT');
  });
});

describe('reassigning clients', () => {
  const base = { removedUserId: 'gone', managedClients: 0, reassignTo: null, reassignToIsMember: false };
  it('needs nobody when they manage no clients', () => {
    expect(outcome(() => assertReassignment(base))).toBe('✓');
  });
  it('needs someone when they manage clients, named on the field', () => {
    expect(() => assertReassignment({ ...base, managedClients: 3 })).toThrow(
      expect.objectContaining({
        code: 'BAD_USER_INPUT',
        field: 'reassignClientsTo',
        message: expect.stringMatching(/3 clients/),
      }),
    );
  });
  it('refuses the leaving member and non-members', () => {
    expect(
      outcome(() => assertReassignment({ ...base, managedClients: 1, reassignTo: 'gone', reassignToIsMember: true })),
    ).toBe('BAD_USER_INPUT');
    expect(
      outcome(() => assertReassignment({ ...base, managedClients: 1, reassignTo: 'x', reassignToIsMember: false })),
    ).toBe('BAD_USER_INPUT');
    expect(
      outcome(() => assertReassignment({ ...base, managedClients: 1, reassignTo: 'x', reassignToIsMember: true })),
    ).toBe('✓');
  });
});

describe('memberActions (what the admin app offers)', () => {
  it('an ADMIN may change a MANAGER to ADMIN or MEMBER and remove them, not transfer ownership', () => {
    expect(memberActions(me('ADMIN'), them('MANAGER'), 1)).toEqual({
      changeRoleTo: ['ADMIN', 'MEMBER'],
      remove: true,
      transferOwnership: false,
    });
  });
  it('an ADMIN is offered nothing on an OWNER', () => {
    expect(memberActions(me('ADMIN'), them('OWNER'), 1)).toEqual({
      changeRoleTo: [],
      remove: false,
      transferOwnership: false,
    });
  });
  it('the last OWNER is offered nothing on themselves', () => {
    const owner = { userId: 'u', role: 'OWNER' as const };
    expect(memberActions(owner, owner, 1)).toEqual({ changeRoleTo: [], remove: false, transferOwnership: false });
  });
  it('an OWNER may transfer ownership to a MEMBER', () => {
    expect(memberActions(me('OWNER'), them('MEMBER'), 1)).toEqual({
      changeRoleTo: ['OWNER', 'ADMIN', 'MANAGER'],
      remove: true,
      transferOwnership: true,
    });
  });
  it('MANAGER and MEMBER are offered nothing', () => {
    for (const actor of ['MANAGER', 'MEMBER'] as const)
      for (const target of ROLES)
        expect(memberActions(me(actor), them(target), 2)).toEqual({
          changeRoleTo: [],
          remove: false,
          transferOwnership: false,
        });
  });
});
