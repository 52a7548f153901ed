import { randomUUID } from 'node:crypto';
import {
  createWorkspace,
  insertClient,
  PASSWORD,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const INVITE = `mutation($email: String!, $role: Role!) { inviteMember(input: { email: $email, role: $role }) { id email role status expiresAt invitedByName } }`;
const ACCEPT = `mutation($token: String!, $name: String, $password: String) {
  acceptInvitation(input: { token: $token, name: $name, password: $password }) { user { email } workspace { id } role }
}`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { agencyName email role inviterName status accountExists signedInAsInvitee } }`;
const ME = `{ me { user { email } workspace { id } role } }`;
const MEMBERS = `{ teamMembers { id name email role lastSignInAt joinedAt managedClientCount } }`;
const REMOVE = `mutation($id: ID!, $to: ID) { removeMember(userId: $id, reassignClientsTo: $to) }`;

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ adminOrigin: 'http://admin.test' });
  a = await createWorkspace(server.dataSource, 'Team A');
  b = await createWorkspace(server.dataSource, 'Team B');
});
afterAll(() => server.close());

/** An anonymous browser with its own address (behind the trusted loopback proxy), so rate limits stay per test. */
let browsers = 0;
class Browser extends TestClient {
  private readonly ip = `198.51.${100 + Math.floor(++browsers / 250)}.${browsers % 250}`;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    return super.gql<T>(query, variables, { 'x-forwarded-for': this.ip, ...headers });
  }
}
const browser = () => new Browser(server.url);

const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.test`;

/** The newest invitation mail to `email`, and the token in its link. */
async function mailTo(email: string) {
  const [row] = await server.dataSource.query(
    `SELECT subject, text, html, kind, "workspaceId" FROM outbound_email WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
    [email],
  );
  const token = /accept-invite\?token=([A-Za-z0-9_-]{43})/.exec(row?.text ?? '')?.[1];
  return { ...row, token: token! };
}

async function invite(caller: TestClient, email: string, role = 'MEMBER') {
  const res = await caller.gql(INVITE, { email, role });
  expect(res.errors).toBeUndefined();
  return { invitation: res.data.inviteMember, token: (await mailTo(email)).token };
}

async function auditActions(workspaceId: string, targetLabel: string): Promise<string[]> {
  const rows: { action: string }[] = await server.dataSource.query(
    `SELECT action FROM audit_event WHERE "workspaceId" = $1 AND "targetLabel" = $2 ORDER BY "createdAt", id`,
    [workspaceId, targetLabel],
  );
  return rows.map((r) => r.action);
}

describe('inviting', () => {
  it('needs the inviter’s own email to be verified (a fresh sign-up cannot mail strangers)', async () => {
    const c = await createWorkspace(server.dataSource, 'Team unverified');
    await server.dataSource.query(`UPDATE app_user SET "emailVerifiedAt" = NULL WHERE id = $1`, [c.users.OWNER.id]);
    const owner = await signIn(server, c.emails.OWNER);
    const email = newEmail();
    const refused = await owner.gql(INVITE, { email, role: 'MEMBER' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Verify your email address before inviting teammates',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await mailTo(email)).subject).toBeUndefined();
    await server.dataSource.query(`UPDATE app_user SET "emailVerifiedAt" = now() WHERE id = $1`, [c.users.OWNER.id]);
    expect((await owner.gql(INVITE, { email, role: 'MEMBER' })).errors).toBeUndefined();
  });

  it('emails a single-use link in the workspace language naming agency, inviter and role', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const email = newEmail();
    await server.dataSource.query(`UPDATE workspace SET locale = 'pt' WHERE id = $1`, [a.workspace.id]);
    try {
      const { invitation } = await invite(owner, email.toUpperCase(), 'MANAGER');
      expect(invitation).toMatchObject({
        email,
        role: 'MANAGER',
        status: 'PENDING',
        invitedByName: a.users.OWNER.name,
      });
      const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
      const mail = await mailTo(email);
      expect(mail.kind).toBe('TEAM_INVITATION');
      expect(mail.subject).toContain(a.workspace.name);
      expect(mail.text).toContain('convidou-o');
      expect(mail.text).toContain('Gestor');
      expect(mail.text).toContain(a.users.OWNER.name);
      expect(mail.text).toContain('http://admin.test/accept-invite?token=');
      const [stored] = await server.dataSource.query(`SELECT "tokenHash" FROM workspace_invitation WHERE id = $1`, [
        invitation.id,
      ]);
      expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(stored.tokenHash).not.toContain(mail.token);
    } finally {
      await server.dataSource.query(`UPDATE workspace SET locale = 'en' WHERE id = $1`, [a.workspace.id]);
    }
    expect(await auditActions(a.workspace.id, email)).toEqual(['invitation.sent']);
  });

  it('refuses an existing member, a bad email and a second pending invitation, on the email field', async () => {
    const admin = await signIn(server, a.emails.ADMIN);
    for (const email of [a.emails.MEMBER, 'not an email']) {
      const res = await admin.gql(INVITE, { email, role: 'MEMBER' });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    }
    const email = newEmail();
    await invite(admin, email);
    const again = await admin.gql(INVITE, { email, role: 'ADMIN' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(again.errors?.[0].message).toMatch(/resend/);
  });

  it('lists pending and expired invitations; an expired one can be replaced by inviting again', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const email = newEmail();
    const { invitation } = await invite(owner, email);
    await server.dataSource.query(
      `UPDATE workspace_invitation SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`,
      [invitation.id],
    );
    const list = (await owner.gql(`{ teamInvitations { id email status } }`)).data.teamInvitations;
    expect(list).toContainEqual({ id: invitation.id, email, status: 'EXPIRED' });
    const again = await owner.gql(INVITE, { email, role: 'MANAGER' });
    expect(again.errors).toBeUndefined();
    const after = (await owner.gql(`{ teamInvitations { id email status } }`)).data.teamInvitations;
    expect(after.filter((i: { email: string }) => i.email === email)).toEqual([
      { id: again.data.inviteMember.id, email, status: 'PENDING' },
    ]);
  });

  it('resend kills the old link and gives 7 more days; revoke kills the link; both audited', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const email = newEmail();
    const { invitation, token: first } = await invite(owner, email);
    await server.dataSource.query(
      `UPDATE workspace_invitation SET "expiresAt" = now() + interval '1 hour' WHERE id = $1`,
      [invitation.id],
    );
    const resent = await owner.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id expiresAt } }`, {
      id: invitation.id,
    });
    expect(resent.errors).toBeUndefined();
    expect(new Date(resent.data.resendInvitation.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const second = (await mailTo(email)).token;
    expect(second).not.toBe(first);
    const stale = await browser().gql(ACCEPT, { token: first, name: 'X', password: PASSWORD });
    expect(stale.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await browser().gql(PREVIEW, { token: first })).data.invitationPreview).toBeNull();

    const revoked = await owner.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: invitation.id });
    expect(revoked.errors).toBeUndefined();
    const late = await browser().gql(ACCEPT, { token: second, name: 'X', password: PASSWORD });
    expect(late.errors?.[0].message).toMatch(/expired or was already used/);
    expect((await browser().gql(PREVIEW, { token: second })).data.invitationPreview.status).toBe('REVOKED');
    expect(await auditActions(a.workspace.id, email)).toEqual([
      'invitation.sent',
      'invitation.resent',
      'invitation.revoked',
    ]);
  });

  it('rate limits resending one invitation', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const { invitation } = await invite(owner, newEmail());
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await owner.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: invitation.id });
      codes.push(res.errors?.[0].extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
  });
});

describe('accepting', () => {
  it('a new email: preview, then name + strong password create the account, join with the role and sign in', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const email = newEmail();
    const { token } = await invite(owner, email, 'MANAGER');
    const anon = browser();
    const preview = (await anon.gql(PREVIEW, { token })).data.invitationPreview;
    expect(preview).toEqual({
      agencyName: a.workspace.name,
      email,
      role: 'MANAGER',
      inviterName: a.users.OWNER.name,
      status: 'PENDING',
      accountExists: false,
      signedInAsInvitee: false,
    });
    const weak = await anon.gql(ACCEPT, { token, name: 'New Person', password: 'password123' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const noName = await anon.gql(ACCEPT, { token, name: ' ', password: PASSWORD });
    expect(noName.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const res = await anon.gql(ACCEPT, { token, name: 'New Person', password: PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data.acceptInvitation).toEqual({ user: { email }, workspace: { id: a.workspace.id }, role: 'MANAGER' });
    expect((await anon.gql(ME)).data.me.role).toBe('MANAGER');
    // The password works for later sign-ins.
    await signIn(server, email);
    // Single use.
    const reuse = await browser().gql(ACCEPT, { token, name: 'Again', password: PASSWORD });
    expect(reuse.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await anon.gql(PREVIEW, { token })).data.invitationPreview.status).toBe('ACCEPTED');
    expect(await auditActions(a.workspace.id, email)).toEqual(['invitation.sent', 'invitation.accepted']);
  });

  it('an expired link is refused and says so', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const email = newEmail();
    const { invitation, token } = await invite(owner, email);
    await server.dataSource.query(
      `UPDATE workspace_invitation SET "expiresAt" = now() - interval '1 second' WHERE id = $1`,
      [invitation.id],
    );
    const anon = browser();
    expect((await anon.gql(PREVIEW, { token })).data.invitationPreview.status).toBe('EXPIRED');
    const res = await anon.gql(ACCEPT, { token, name: 'Late', password: PASSWORD });
    expect(res.errors?.[0].message).toMatch(/expired/);
    const [row] = await server.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [email]);
    expect(row.n).toBe(0);
  });

  it('an existing account must sign in as that email; then joins and the session switches workspace', async () => {
    const owner = await signIn(server, a.emails.OWNER);
    const email = b.emails.MANAGER; // has an account (in workspace B)
    const { token } = await invite(owner, email, 'ADMIN');

    const anonymous = browser();
    expect((await anonymous.gql(PREVIEW, { token })).data.invitationPreview).toMatchObject({
      accountExists: true,
      signedInAsInvitee: false,
    });
    const signedOut = await anonymous.gql(ACCEPT, { token });
    expect(signedOut.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(signedOut.errors?.[0].message).toBe(`Sign in as ${email} to accept`);
    // Name and password do not create a second account for an existing email.
    const hijack = await anonymous.gql(ACCEPT, { token, name: 'Impostor', password: PASSWORD });
    expect(hijack.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const someoneElse = await signIn(server, b.emails.MEMBER);
    const wrong = await someoneElse.gql(ACCEPT, { token });
    expect(wrong.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(wrong.errors?.[0].message).toContain(`sign in as ${email}`);

    const invitee = await signIn(server, email);
    expect((await invitee.gql(PREVIEW, { token })).data.invitationPreview.signedInAsInvitee).toBe(true);
    const res = await invitee.gql(ACCEPT, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.acceptInvitation).toMatchObject({ workspace: { id: a.workspace.id }, role: 'ADMIN' });
    expect((await invitee.gql(ME)).data.me.workspace.id).toBe(a.workspace.id);
    // Their workspace B membership is untouched.
    const roles = await server.dataSource.query(
      `SELECT "workspaceId", role FROM membership WHERE "userId" = $1 ORDER BY role`,
      [b.users.MANAGER.id],
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        { workspaceId: a.workspace.id, role: 'ADMIN' },
        { workspaceId: b.workspace.id, role: 'MANAGER' },
      ]),
    );
    await server.dataSource.query(`DELETE FROM membership WHERE "userId" = $1 AND "workspaceId" = $2`, [
      b.users.MANAGER.id,
      a.workspace.id,
    ]);
  });

  it("a token only ever adds to its own workspace, whatever the accepting session's workspace is", async () => {
    const ownerA = await signIn(server, a.emails.OWNER);
    const email = b.emails.ADMIN;
    const { token } = await invite(ownerA, email, 'MEMBER');
    // The invitee is signed in to workspace B (where they are ADMIN) when they accept A's link.
    const invitee = await signIn(server, email);
    expect((await invitee.gql(ME)).data.me.workspace.id).toBe(b.workspace.id);
    const res = await invitee.gql(ACCEPT, { token });
    expect(res.data.acceptInvitation.workspace.id).toBe(a.workspace.id);
    const rows = await server.dataSource.query(
      `SELECT "workspaceId", role FROM membership WHERE "userId" = $1 ORDER BY "createdAt"`,
      [b.users.ADMIN.id],
    );
    expect(rows).toEqual([
      { workspaceId: b.workspace.id, role: 'ADMIN' },
      { workspaceId: a.workspace.id, role: 'MEMBER' },
    ]);
    await server.dataSource.query(`DELETE FROM membership WHERE "userId" = $1 AND "workspaceId" = $2`, [
      b.users.ADMIN.id,
      a.workspace.id,
    ]);
  });

  it('an unknown or malformed link previews as null and is refused', async () => {
    const anon = browser();
    for (const token of ['nope', 'A'.repeat(43)]) {
      expect((await anon.gql(PREVIEW, { token })).data.invitationPreview).toBeNull();
      const res = await anon.gql(ACCEPT, { token, name: 'X', password: PASSWORD });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('limits failed accepts per real client address, not for everyone', async () => {
    const attacker = browser();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 21; i++)
      codes.push(
        (await attacker.gql(ACCEPT, { token: 'B'.repeat(43), name: 'X', password: PASSWORD })).errors?.[0].extensions
          ?.code,
      );
    expect(codes.slice(0, 20).every((c) => c === 'BAD_USER_INPUT')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
    const other = await new Browser(server.url).gql(ACCEPT, { token: 'B'.repeat(43), name: 'X', password: PASSWORD });
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('works when sign-up is invite-only or off', async () => {
    const closed = await startTestServer({ signup: 'off' });
    try {
      const owner = await signIn(closed, a.emails.OWNER);
      const email = newEmail();
      await owner.gql(INVITE, { email, role: 'MEMBER' });
      const { token } = await mailTo(email);
      const res = await new Browser(closed.url).gql(ACCEPT, { token, name: 'Invited', password: PASSWORD });
      expect(res.errors).toBeUndefined();
    } finally {
      await closed.close();
    }
  });
});

describe('members', () => {
  it('lists members with role, last sign-in, joined date and managed clients (owners and admins only)', async () => {
    const ws = await createWorkspace(server.dataSource, 'List');
    await insertClient(server.dataSource, ws.workspace.id, { accountManagerId: ws.users.MEMBER.id });
    await insertClient(server.dataSource, ws.workspace.id, { accountManagerId: ws.users.MEMBER.id });
    await insertClient(server.dataSource, ws.workspace.id, {
      accountManagerId: ws.users.MEMBER.id,
      deletedAt: new Date(),
    });
    const admin = await signIn(server, ws.emails.ADMIN);
    const list = (await admin.gql(MEMBERS)).data.teamMembers;
    expect(list.map((m: { role: string }) => m.role)).toEqual(['OWNER', 'ADMIN', 'MANAGER', 'MEMBER']);
    expect(list.find((m: { id: string }) => m.id === ws.users.MEMBER.id).managedClientCount).toBe(2);
    expect(list.find((m: { id: string }) => m.id === ws.users.ADMIN.id).lastSignInAt).not.toBeNull();
    const manager = await signIn(server, ws.emails.MANAGER);
    expect((await manager.gql(MEMBERS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('removing a member reassigns their clients to the chosen member and ends their sessions at once', async () => {
    const ws = await createWorkspace(server.dataSource, 'Removal');
    const live = await insertClient(server.dataSource, ws.workspace.id, { accountManagerId: ws.users.MEMBER.id });
    const binned = await insertClient(server.dataSource, ws.workspace.id, {
      accountManagerId: ws.users.MEMBER.id,
      deletedAt: new Date(),
    });
    // The member also belongs to workspace B: that membership must survive.
    await server.dataSource.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'MEMBER')`, [
      ws.users.MEMBER.id,
      b.workspace.id,
    ]);
    const member = await signIn(server, ws.emails.MEMBER);
    const copied = new TestClient(server.url);
    for (const [k, v] of member.cookies) copied.setCookie(k, v);
    expect((await copied.gql(ME)).data.me.user.email).toBe(ws.emails.MEMBER);

    const owner = await signIn(server, ws.emails.OWNER);
    const missing = await owner.gql(REMOVE, { id: ws.users.MEMBER.id });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reassignClientsTo' });
    expect(missing.errors?.[0].message).toMatch(/1 client/);
    const outsider = await owner.gql(REMOVE, { id: ws.users.MEMBER.id, to: b.users.OWNER.id });
    expect(outsider.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reassignClientsTo' });
    const self = await owner.gql(REMOVE, { id: ws.users.MEMBER.id, to: ws.users.MEMBER.id });
    expect(self.errors?.[0].extensions?.field).toBe('reassignClientsTo');

    const res = await owner.gql(REMOVE, { id: ws.users.MEMBER.id, to: ws.users.MANAGER.id });
    expect(res.errors).toBeUndefined();
    const managers = await server.dataSource.query(
      `SELECT id, "accountManagerId" FROM client WHERE id = ANY($1::uuid[])`,
      [[live.id, binned.id]],
    );
    expect(managers.map((c: { accountManagerId: string }) => c.accountManagerId)).toEqual([
      ws.users.MANAGER.id,
      ws.users.MANAGER.id,
    ]);
    // The removed member's open tab and a copied cookie are refused on their next request.
    expect((await member.gql(`{ clients { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await copied.gql(ME)).data.me).toBeNull();
    const other = await server.dataSource.query(
      `SELECT role FROM membership WHERE "userId" = $1 AND "workspaceId" = $2`,
      [ws.users.MEMBER.id, b.workspace.id],
    );
    expect(other).toEqual([{ role: 'MEMBER' }]);
    await server.dataSource.query(`DELETE FROM membership WHERE "userId" = $1 AND "workspaceId" = $2`, [
      ws.users.MEMBER.id,
      b.workspace.id,
    ]);
    const [audit] = await server.dataSource.query(
      `SELECT action, changes, "actorUserId" FROM audit_event WHERE "workspaceId" = $1 AND action = 'member.removed'`,
      [ws.workspace.id],
    );
    expect(audit).toMatchObject({
      actorUserId: ws.users.OWNER.id,
      changes: { role: 'MEMBER', clientsReassigned: 1, reassignedTo: ws.users.MANAGER.id },
    });
  });

  it('changing a role is audited with from/to and takes effect on the next request', async () => {
    const ws = await createWorkspace(server.dataSource, 'Roles');
    const manager = await signIn(server, ws.emails.MANAGER);
    expect((await manager.gql(`{ invoices { totalCount } }`)).errors).toBeUndefined();
    const admin = await signIn(server, ws.emails.ADMIN);
    const res = await admin.gql(`mutation($id: ID!) { changeMemberRole(userId: $id, role: MEMBER) { id role } }`, {
      id: ws.users.MANAGER.id,
    });
    expect(res.data.changeMemberRole).toEqual({ id: ws.users.MANAGER.id, role: 'MEMBER' });
    expect((await manager.gql(`{ invoices { totalCount } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [audit] = await server.dataSource.query(
      `SELECT changes FROM audit_event WHERE "workspaceId" = $1 AND action = 'member.roleChanged'`,
      [ws.workspace.id],
    );
    expect(audit.changes).toEqual({ role: { from: 'MANAGER', to: 'MEMBER' } });
  });

  it('transfers ownership in one step: the target becomes OWNER, the caller ADMIN', async () => {
    const ws = await createWorkspace(server.dataSource, 'Transfer');
    const owner = await signIn(server, ws.emails.OWNER);
    const res = await owner.gql(`mutation($id: ID!) { transferOwnership(userId: $id) }`, { id: ws.users.MEMBER.id });
    expect(res.errors).toBeUndefined();
    expect((await owner.gql(ME)).data.me.role).toBe('ADMIN');
    const roles = await server.dataSource.query(
      `SELECT "userId", role FROM membership WHERE "workspaceId" = $1 AND role IN ('OWNER', 'ADMIN') ORDER BY role, "userId"`,
      [ws.workspace.id],
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        { userId: ws.users.MEMBER.id, role: 'OWNER' },
        { userId: ws.users.OWNER.id, role: 'ADMIN' },
      ]),
    );
    expect(roles.filter((r: { role: string }) => r.role === 'OWNER')).toHaveLength(1);
    // Now an ADMIN, the former owner cannot transfer again.
    const again = await owner.gql(`mutation($id: ID!) { transferOwnership(userId: $id) }`, { id: ws.users.OWNER.id });
    expect(again.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [audit] = await server.dataSource.query(
      `SELECT "targetId" FROM audit_event WHERE "workspaceId" = $1 AND action = 'ownership.transferred'`,
      [ws.workspace.id],
    );
    expect(audit.targetId).toBe(ws.users.MEMBER.id);
  });

  it('leaving: a member hands over their clients and is signed out; the last owner cannot leave', async () => {
    const ws = await createWorkspace(server.dataSource, 'Leave');
    await insertClient(server.dataSource, ws.workspace.id, { accountManagerId: ws.users.MANAGER.id });
    const manager = await signIn(server, ws.emails.MANAGER);
    const missing = await manager.gql(`mutation { leaveWorkspace { role } }`);
    expect(missing.errors?.[0].extensions?.field).toBe('reassignClientsTo');
    const res = await manager.gql(`mutation($to: ID!) { leaveWorkspace(reassignClientsTo: $to) { role } }`, {
      to: ws.users.ADMIN.id,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.leaveWorkspace).toBeNull();
    expect((await manager.gql(ME)).data.me).toBeNull();

    const owner = await signIn(server, ws.emails.OWNER);
    const refused = await owner.gql(`mutation { leaveWorkspace { role } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toMatch(/make someone else owner/);
    const [audit] = await server.dataSource.query(
      `SELECT "actorUserId", "targetId" FROM audit_event WHERE "workspaceId" = $1 AND action = 'member.left'`,
      [ws.workspace.id],
    );
    expect(audit).toEqual({ actorUserId: ws.users.MANAGER.id, targetId: ws.users.MANAGER.id });
  });

  it('leaving one workspace switches the session to another of the user', async () => {
    const ws = await createWorkspace(server.dataSource, 'Leave Two');
    await server.dataSource.query(`INSERT INTO membership ("userId", "workspaceId", role) VALUES ($1, $2, 'MEMBER')`, [
      ws.users.MEMBER.id,
      b.workspace.id,
    ]);
    const member = await signIn(server, ws.emails.MEMBER);
    expect((await member.gql(ME)).data.me.workspace.id).toBe(ws.workspace.id);
    const res = await member.gql(`mutation { leaveWorkspace { workspace { id } } }`);
    expect(res.data.leaveWorkspace.workspace.id).toBe(b.workspace.id);
    expect((await member.gql(ME)).data.me.workspace.id).toBe(b.workspace.id);
    await server.dataSource.query(`DELETE FROM membership WHERE "userId" = $1 AND "workspaceId" = $2`, [
      ws.users.MEMBER.id,
      b.workspace.id,
    ]);
  });
});

describe('tenant isolation', () => {
  it("an ADMIN of B cannot see, change, remove or re-send A's members and invitations by id", async () => {
    const ownerA = await signIn(server, a.emails.OWNER);
    const { invitation } = await invite(ownerA, newEmail());
    const adminB = await signIn(server, b.emails.ADMIN);
    const ids = (await adminB.gql(MEMBERS)).data.teamMembers.map((m: { id: string }) => m.id);
    expect(ids).not.toContain(a.users.MEMBER.id);
    const invitations = (await adminB.gql(`{ teamInvitations { id } }`)).data.teamInvitations;
    expect(invitations.map((i: { id: string }) => i.id)).not.toContain(invitation.id);
    const attempts = [
      adminB.gql(`mutation($id: ID!) { changeMemberRole(userId: $id, role: MANAGER) { id } }`, {
        id: a.users.MEMBER.id,
      }),
      adminB.gql(REMOVE, { id: a.users.MEMBER.id }),
      adminB.gql(`mutation($id: ID!) { resendInvitation(id: $id) { id } }`, { id: invitation.id }),
      adminB.gql(`mutation($id: ID!) { revokeInvitation(id: $id) }`, { id: invitation.id }),
      adminB.gql(REMOVE, { id: b.users.MEMBER.id, to: a.users.ADMIN.id }),
    ];
    const codes = (await Promise.all(attempts)).map((r) => r.errors?.[0].extensions?.code);
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'BAD_USER_INPUT']);
    const [row] = await server.dataSource.query(
      `SELECT role FROM membership WHERE "userId" = $1 AND "workspaceId" = $2`,
      [a.users.MEMBER.id, a.workspace.id],
    );
    expect(row.role).toBe('MEMBER');
  });
});
