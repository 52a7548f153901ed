import { randomUUID } from 'node:crypto';
import {
  assertCanChangeRole,
  assertCanInvite,
  assertCanRemove,
  assertCanTransferOwnership,
  DomainError,
  ROLES,
  type Role,
} from '@clientflow/domain';
import {
  createWorkspace,
  PASSWORD,
  signIn,
  startTestServer,
  TestClient,
  type GqlResult,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

/**
 * Every cell of the team rules against the real API: each actor role × each action on a fresh target, expected
 * outcome taken from the domain rules (whose own tests spell the table out cell by cell). Allowed = no error and the
 * change is in the database; refused = FORBIDDEN (never UNAUTHENTICATED) and nothing changed.
 */
let server: TestServer;
let ws: TestWorkspace;
const callers = {} as Record<Role, TestClient>;

beforeAll(async () => {
  server = await startTestServer();
  ws = await createWorkspace(server.dataSource, 'Team Matrix');
  for (const role of ROLES) callers[role] = await signIn(server, ws.emails[role]);
});
afterAll(() => server.close());

/** null when the rule allows, else the error code it throws. */
const expected = (rule: () => void): string | null => {
  try {
    rule();
    return null;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
};
const codeOf = (res: GqlResult) => res.errors?.[0].extensions?.code ?? null;

/** A new member of `workspaceId` with `role`, inserted directly. */
async function freshMember(workspaceId: string, role: Role): Promise<string> {
  const [user] = await server.dataSource.query(
    `INSERT INTO app_user (name, email, "passwordHash") VALUES ($1, $2, 'x') RETURNING id`,
    [`Target ${role}`, `target-${randomUUID().slice(0, 8)}@example.test`],
  );
  await server.dataSource.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, $3)`, [
    user.id,
    workspaceId,
    role,
  ]);
  return user.id;
}
const roleOf = async (workspaceId: string, userId: string): Promise<Role | null> =>
  (
    await server.dataSource.query(`SELECT role FROM membership WHERE "workspaceId" = $1 AND "userId" = $2`, [
      workspaceId,
      userId,
    ])
  )[0]?.role ?? null;
const ownerCount = async (workspaceId: string): Promise<number> =>
  (
    await server.dataSource.query(
      `SELECT count(*)::int AS n FROM membership WHERE "workspaceId" = $1 AND role = 'OWNER'`,
      [workspaceId],
    )
  )[0].n;

describe('inviting: actor × invited role', () => {
  const cases = ROLES.flatMap((actor) => ROLES.map((role) => [actor, role] as const));
  it.each(cases)('%s invites as %s', async (actor, role) => {
    const want = expected(() => assertCanInvite(actor, role));
    const email = `inv-${randomUUID().slice(0, 8)}@example.test`;
    const res = await callers[actor].gql(
      `mutation($e: String!, $r: Role!) { inviteMember(input: { email: $e, role: $r }) { role } }`,
      { e: email, r: role },
    );
    expect(codeOf(res)).toBe(want);
    const [row] = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM workspace_invitation WHERE email = $1`,
      [email],
    );
    expect(row.n).toBe(want ? 0 : 1);
  });
});

describe("changing another member's role: actor × target role × new role", () => {
  const cases = ROLES.flatMap((actor) =>
    ROLES.flatMap((target) => ROLES.map((newRole) => [actor, target, newRole] as const)),
  );
  it.each(cases)('%s changes a %s to %s', async (actor, targetRole, newRole) => {
    const targetId = await freshMember(ws.workspace.id, targetRole);
    const owners = await ownerCount(ws.workspace.id);
    const want = expected(() =>
      assertCanChangeRole({
        actor: { userId: ws.users[actor].id, role: actor },
        target: { userId: targetId, role: targetRole },
        newRole,
        ownerCount: owners,
      }),
    );
    const res = await callers[actor].gql(
      `mutation($id: ID!, $r: Role!) { changeMemberRole(userId: $id, role: $r) { role } }`,
      {
        id: targetId,
        r: newRole,
      },
    );
    expect(codeOf(res)).toBe(want);
    expect(await roleOf(ws.workspace.id, targetId)).toBe(want ? targetRole : newRole);
  });
});

describe('removing a member: actor × target role', () => {
  const cases = ROLES.flatMap((actor) => ROLES.map((target) => [actor, target] as const));
  it.each(cases)('%s removes a %s', async (actor, targetRole) => {
    const targetId = await freshMember(ws.workspace.id, targetRole);
    const owners = await ownerCount(ws.workspace.id);
    const want = expected(() =>
      assertCanRemove({
        actor: { userId: ws.users[actor].id, role: actor },
        target: { userId: targetId, role: targetRole },
        ownerCount: owners,
      }),
    );
    const res = await callers[actor].gql(`mutation($id: ID!) { removeMember(userId: $id) }`, { id: targetId });
    expect(codeOf(res)).toBe(want);
    expect(await roleOf(ws.workspace.id, targetId)).toBe(want ? targetRole : null);
  });
});

describe('changing your own role (sole owner in a fresh workspace): own role × new role', () => {
  const cases = ROLES.flatMap((own) => ROLES.filter((r) => r !== own).map((newRole) => [own, newRole] as const));
  it.each(cases)('%s changes themselves to %s', async (own, newRole) => {
    const fresh = await createWorkspace(server.dataSource, 'Self');
    const me = await signIn(server, fresh.emails[own]);
    const self = { userId: fresh.users[own].id, role: own };
    const want = expected(() => assertCanChangeRole({ actor: self, target: self, newRole, ownerCount: 1 }));
    const res = await me.gql(`mutation($id: ID!, $r: Role!) { changeMemberRole(userId: $id, role: $r) { role } }`, {
      id: self.userId,
      r: newRole,
    });
    expect(codeOf(res)).toBe(want);
    expect(await roleOf(fresh.workspace.id, self.userId)).toBe(want ? own : newRole);
  });
});

describe('transferring ownership: actor × target role', () => {
  const cases = ROLES.flatMap((actor) => ROLES.map((target) => [actor, target] as const));
  it.each(cases)('%s transfers ownership to a %s', async (actor, targetRole) => {
    const fresh = await createWorkspace(server.dataSource, 'Transfer');
    const targetId = await freshMember(fresh.workspace.id, targetRole);
    const want = expected(() =>
      assertCanTransferOwnership({
        actor: { userId: fresh.users[actor].id, role: actor },
        target: { userId: targetId, role: targetRole },
      }),
    );
    const me = await signIn(server, fresh.emails[actor]);
    const res = await me.gql(`mutation($id: ID!) { transferOwnership(userId: $id) }`, { id: targetId });
    expect(codeOf(res)).toBe(want);
    expect(await roleOf(fresh.workspace.id, targetId)).toBe(want ? targetRole : 'OWNER');
    expect(await roleOf(fresh.workspace.id, fresh.users[actor].id)).toBe(want ? actor : 'ADMIN');
  });
});

describe('the last owner', () => {
  it('can neither step down, leave nor remove themselves; with a second owner they can', async () => {
    const fresh = await createWorkspace(server.dataSource, 'Last Owner');
    const owner = await signIn(server, fresh.emails.OWNER);
    const id = fresh.users.OWNER.id;
    const attempts = [
      await owner.gql(`mutation($id: ID!) { changeMemberRole(userId: $id, role: ADMIN) { role } }`, { id }),
      await owner.gql(`mutation { leaveWorkspace { role } }`),
      await owner.gql(`mutation($id: ID!) { removeMember(userId: $id) }`, { id }),
    ];
    expect(attempts.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(await roleOf(fresh.workspace.id, id)).toBe('OWNER');
    // An ADMIN cannot demote or remove the owner either (only owners touch OWNER).
    const admin = await signIn(server, fresh.emails.ADMIN);
    expect(
      codeOf(await admin.gql(`mutation($id: ID!) { changeMemberRole(userId: $id, role: MEMBER) { role } }`, { id })),
    ).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(`mutation($id: ID!) { removeMember(userId: $id) }`, { id }))).toBe('FORBIDDEN');

    await freshMember(fresh.workspace.id, 'OWNER');
    const down = await owner.gql(`mutation($id: ID!) { changeMemberRole(userId: $id, role: ADMIN) { role } }`, { id });
    expect(down.errors).toBeUndefined();
    expect(await roleOf(fresh.workspace.id, id)).toBe('ADMIN');
  });

  it('two owners cannot both step down at once (the workspace row serialises team changes)', async () => {
    const fresh = await createWorkspace(server.dataSource, 'Race');
    const second = await freshMember(fresh.workspace.id, 'OWNER');
    await server.dataSource.query(
      `UPDATE app_user SET "passwordHash" = (SELECT "passwordHash" FROM app_user WHERE id = $1) WHERE id = $2`,
      [fresh.users.OWNER.id, second],
    );
    const [{ email }] = await server.dataSource.query(`SELECT email FROM app_user WHERE id = $1`, [second]);
    const one = await signIn(server, fresh.emails.OWNER);
    const two = await signIn(server, email);
    const results = await Promise.all([
      one.gql(`mutation($id: ID!) { changeMemberRole(userId: $id, role: ADMIN) { role } }`, {
        id: fresh.users.OWNER.id,
      }),
      two.gql(`mutation($id: ID!) { changeMemberRole(userId: $id, role: ADMIN) { role } }`, { id: second }),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['FORBIDDEN', null].sort());
    expect(await ownerCount(fresh.workspace.id)).toBe(1);
  });
});

describe('invitations across roles and workspaces', () => {
  it('only an owner may resend or revoke an OWNER invitation', async () => {
    const email = `owner-inv-${randomUUID().slice(0, 8)}@example.test`;
    const sent = await callers.OWNER.gql(
      `mutation($e: String!) { inviteMember(input: { email: $e, role: OWNER }) { id } }`,
      { e: email },
    );
    const id = sent.data.inviteMember.id;
    expect(codeOf(await callers.ADMIN.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await callers.ADMIN.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id }))).toBe(
      'FORBIDDEN',
    );
    for (const role of ['MANAGER', 'MEMBER'] as const)
      expect(codeOf(await callers[role].gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id }))).toBe(
        'FORBIDDEN',
      );
    expect(codeOf(await callers.OWNER.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id }))).toBeNull();
  });

  it("a token joins only its own workspace; reuse, expiry and another workspace's admin are refused", async () => {
    const other = await createWorkspace(server.dataSource, 'Other');
    const email = `cross-${randomUUID().slice(0, 8)}@example.test`;
    const sent = await callers.ADMIN.gql(
      `mutation($e: String!) { inviteMember(input: { email: $e, role: MEMBER }) { id } }`,
      { e: email },
    );
    const id = sent.data.inviteMember.id;
    const [mail] = await server.dataSource.query(`SELECT text FROM outbound_email WHERE "to" = $1`, [email]);
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1];

    // The other workspace's ADMIN cannot reach the invitation by id.
    const otherAdmin = await signIn(server, other.emails.ADMIN);
    for (const q of [
      `mutation($id: ID!) { resendInvitation(id: $id) { id } }`,
      `mutation($id: ID!) { revokeInvitation(id: $id) }`,
    ])
      expect(codeOf(await otherAdmin.gql(q, { id }))).toBe('NOT_FOUND');

    // Accepted while signed in to the other workspace: lands in the invitation's workspace only.
    const accept = `mutation($t: String!, $n: String, $p: String) { acceptInvitation(input: { token: $t, name: $n, password: $p }) { workspace { id } } }`;
    const browser = new TestClient(server.url);
    for (const [k, v] of otherAdmin.cookies) browser.setCookie(k, v);
    const res = await browser.gql(accept, { t: token, n: 'Cross', p: PASSWORD });
    expect(res.data.acceptInvitation.workspace.id).toBe(ws.workspace.id);
    const memberships = await server.dataSource.query(
      `SELECT m."workspaceId" FROM membership m JOIN app_user u ON u.id = m."userId" WHERE u.email = $1`,
      [email],
    );
    expect(memberships).toEqual([{ workspaceId: ws.workspace.id }]);
    // Reuse refused.
    expect(codeOf(await new TestClient(server.url).gql(accept, { t: token, n: 'Again', p: PASSWORD }))).toBe(
      'BAD_USER_INPUT',
    );

    // Expiry refused (set in the past by SQL).
    const late = `late-${randomUUID().slice(0, 8)}@example.test`;
    await callers.OWNER.gql(`mutation($e: String!) { inviteMember(input: { email: $e, role: MEMBER }) { id } }`, {
      e: late,
    });
    await server.dataSource.query(
      `UPDATE workspace_invitation SET "expiresAt" = now() - interval '1 day' WHERE email = $1`,
      [late],
    );
    const [lateMail] = await server.dataSource.query(`SELECT text FROM outbound_email WHERE "to" = $1`, [late]);
    const lateToken = /token=([A-Za-z0-9_-]{43})/.exec(lateMail.text)![1];
    expect(codeOf(await new TestClient(server.url).gql(accept, { t: lateToken, n: 'Late', p: PASSWORD }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("a removed member's copied cookie is refused on the next request", async () => {
    const fresh = await createWorkspace(server.dataSource, 'Copied');
    const member = await signIn(server, fresh.emails.MEMBER);
    const copy = new TestClient(server.url);
    for (const [k, v] of member.cookies) copy.setCookie(k, v);
    const admin = await signIn(server, fresh.emails.ADMIN);
    expect(
      codeOf(await admin.gql(`mutation($id: ID!) { removeMember(userId: $id) }`, { id: fresh.users.MEMBER.id })),
    ).toBeNull();
    expect(codeOf(await copy.gql(`{ clients { totalCount } }`))).toBe('UNAUTHENTICATED');
  });

  it("an ADMIN of A cannot touch B's members by id", async () => {
    const other = await createWorkspace(server.dataSource, 'Isolated');
    const attempts = [
      `mutation($id: ID!) { changeMemberRole(userId: $id, role: MEMBER) { role } }`,
      `mutation($id: ID!) { removeMember(userId: $id) }`,
      `mutation($id: ID!) { transferOwnership(userId: $id) }`,
    ];
    for (const q of attempts)
      expect(codeOf(await callers.ADMIN.gql(q, { id: other.users.MANAGER.id }))).toBe('NOT_FOUND');
    expect(codeOf(await callers.OWNER.gql(attempts[2], { id: other.users.MANAGER.id }))).toBe('NOT_FOUND');
    expect(await roleOf(other.workspace.id, other.users.MANAGER.id)).toBe('MANAGER');
  });
});
