import { createWorkspace, signIn, startTestServer, TestClient, type TestServer } from '../../../test/harness';
import { AuditService } from '../audit/audit.service';
import { createOwner } from './account-creation';
import { assertEmailVerified } from './account.service';
import {
  AUDIT,
  emailsTo,
  fromIp,
  ME,
  randomIp,
  SIGN_IN,
  SIGN_UP,
  signUp,
  signUpValues,
  STRONG_PASSWORD,
  tokenSentTo,
  uniqueEmail,
} from './accounts.test-kit';

const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) }`;
const RESEND = `mutation { resendVerificationEmail }`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ adminOrigin: 'http://admin.test' });
});
afterAll(() => server.close());

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: { errors?: { extensions?: { field?: string } }[] }) => res.errors?.[0]?.extensions?.field;

describe('sign-up', () => {
  it('creates the user, the workspace and its OWNER in one go, and signs in', async () => {
    const { client, res, input } = await signUp(server, {
      name: '  Ana   Lima ',
      email: uniqueEmail('Ana').toUpperCase(),
      agencyName: 'Northwind Studio',
      locale: 'pt-BR',
      currency: 'eur',
      timezone: 'Europe/Lisbon',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.signUp).toMatchObject({
      role: 'OWNER',
      user: { email: input.email.toLowerCase(), emailVerified: false },
      workspace: { name: 'Northwind Studio', locale: 'pt-BR', currency: 'EUR', timezone: 'Europe/Lisbon' },
    });
    expect(res.data.signUp.workspace.slug).toMatch(/^northwind-studio(-\d+)?$/);
    // The cookie is set: the new browser is signed in to the new workspace.
    expect(client.cookies.has('cf_session')).toBe(true);
    const me = (await client.gql(ME)).data.me;
    expect(me).toMatchObject({ role: 'OWNER', workspace: { id: res.data.signUp.workspace.id } });
    const [user] = await server.dataSource.query(`SELECT name, locale FROM app_user WHERE id = $1`, [me.user.id]);
    expect(user).toEqual({ name: 'Ana Lima', locale: 'pt' });
  });

  it('derives a unique address from the agency name', async () => {
    const name = `Slug Test ${Date.now()}`;
    const slugs = [];
    for (let i = 0; i < 3; i++) slugs.push((await signUp(server, { agencyName: name })).res.data.signUp.workspace.slug);
    const base = name.toLowerCase().replace(/ /g, '-');
    expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
  });

  it('sends the verification link in the person’s language, and it works once', async () => {
    const { client, input, res } = await signUp(server, { locale: 'fr' });
    const [mail] = await emailsTo(server.dataSource, input.email, 'VERIFY_EMAIL');
    expect(mail.subject).toBe('Confirmez votre adresse e-mail pour ClientFlow');
    expect(mail.workspaceId).toBe(res.data.signUp.workspace.id);
    expect(mail.text).toContain('http://admin.test/verify-email?token=');
    expect(mail.html).toContain('lang="fr"');
    const token = await tokenSentTo(server.dataSource, input.email, 'VERIFY_EMAIL', '/verify-email');
    const [stored] = await server.dataSource.query(`SELECT "tokenHash" FROM account_token WHERE email = $1`, [
      input.email,
    ]);
    expect(stored.tokenHash).not.toBe(token); // only the hash is stored

    // Anyone holding the link verifies (no session needed); a second use is refused.
    const visitor = new TestClient(server.url);
    expect((await visitor.gql(VERIFY, { t: token })).data.verifyEmail).toBe(true);
    expect((await client.gql(ME)).data.me.user.emailVerified).toBe(true);
    const again = await visitor.gql(VERIFY, { t: token });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(fieldOf(again)).toBe('token');
    // Nothing left to send once verified.
    expect((await client.gql(RESEND)).data.resendVerificationEmail).toBe(false);
  });

  it('refuses an expired link, and a signed-in user can ask for a new one', async () => {
    const { client, input } = await signUp(server, { locale: 'es' });
    const token = await tokenSentTo(server.dataSource, input.email, 'VERIFY_EMAIL', '/verify-email');
    await server.dataSource.query(
      `UPDATE account_token SET "expiresAt" = now() - interval '1 minute' WHERE email = $1`,
      [input.email],
    );
    expect(codeOf(await client.gql(VERIFY, { t: token }))).toBe('BAD_USER_INPUT');
    expect((await client.gql(ME)).data.me.user.emailVerified).toBe(false);

    expect((await client.gql(RESEND)).data.resendVerificationEmail).toBe(true);
    const fresh = await tokenSentTo(server.dataSource, input.email, 'VERIFY_EMAIL', '/verify-email');
    expect(fresh).not.toBe(token);
    expect((await emailsTo(server.dataSource, input.email, 'VERIFY_EMAIL'))[0].subject).toBe(
      'Confirma tu correo en ClientFlow',
    );
    expect((await client.gql(VERIFY, { t: fresh })).data.verifyEmail).toBe(true);
    // Garbage and signed-out resends are refused.
    expect(codeOf(await client.gql(VERIFY, { t: 'not-a-token' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await new TestClient(server.url).gql(RESEND))).toBe('UNAUTHENTICATED');
  });

  it('rate limits verification emails per address', async () => {
    const { client } = await signUp(server);
    const answers = [];
    // The sign-up sent 1 of the 5 allowed per hour.
    for (let i = 0; i < 5; i++) answers.push(codeOf(await client.gql(RESEND, {}, fromIp(randomIp()))) ?? 'ok');
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'RATE_LIMITED']);
  });

  it('refuses a taken email, whatever its case', async () => {
    const email = uniqueEmail();
    expect((await signUp(server, { email })).res.errors).toBeUndefined();
    const dup = (await signUp(server, { email: email.toUpperCase() })).res;
    expect(codeOf(dup)).toBe('BAD_USER_INPUT');
    expect(fieldOf(dup)).toBe('email');
    const existing = await createWorkspace(server.dataSource, 'Existing');
    expect(fieldOf((await signUp(server, { email: existing.emails.MEMBER })).res)).toBe('email');
  });

  it('names the field of every refused value, and creates nothing', async () => {
    const cases: [Partial<Record<string, string>>, string, RegExp][] = [
      [{ password: 'short' }, 'password', /at least 10/],
      [{ password: 'password1234' }, 'password', /too common/],
      [{ password: 'Lima Design 2026', agencyName: 'Lima Design 2026' }, 'password', /name, email or agency/],
      [{ email: 'nope' }, 'email', /valid email/],
      [{ name: ' ' }, 'name', /name/],
      [{ agencyName: 'Admin' }, 'agencyName', /reserved/],
      [{ currency: 'XYZ' }, 'currency', /ISO 4217/],
      [{ timezone: 'Mars/Base' }, 'timezone', /time zone/],
    ];
    for (const [over, field, message] of cases) {
      const { res, input } = await signUp(server, over);
      expect([fieldOf(res), res.errors?.[0].message]).toEqual([field, expect.stringMatching(message)]);
      const [row] = await server.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [
        input.email,
      ]);
      expect(row.n).toBe(0);
    }
  });

  it('rate limits sign-ups per IP', async () => {
    const ip = randomIp();
    const codes = [];
    for (let i = 0; i < 11; i++) codes.push(codeOf((await signUp(server, {}, ip)).res) ?? 'ok');
    expect(codes.slice(0, 10).every((c) => c === 'ok')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect(codeOf((await signUp(server)).res)).toBeUndefined();
  });

  it('audits the sign-up and the verification in the new workspace only', async () => {
    const { client, input, res } = await signUp(server);
    const token = await tokenSentTo(server.dataSource, input.email, 'VERIFY_EMAIL', '/verify-email');
    await client.gql(VERIFY, { t: token }, fromIp('203.0.113.9'));
    const rows = (await client.gql(AUDIT)).data.auditLog.items as { action: string; actorUserId: string; ip: string }[];
    const userId = res.data.signUp.user.id;
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.signedUp', 'auth.emailVerified']));
    expect(rows.find((r) => r.action === 'auth.emailVerified')).toMatchObject({
      actorUserId: userId,
      ip: '203.0.113.9',
    });
    // Tenant isolation: another workspace's owner sees none of it.
    const other = await createWorkspace(server.dataSource, 'Elsewhere');
    const stranger = await signIn(server, other.emails.OWNER);
    const theirs = (await stranger.gql(AUDIT)).data.auditLog.items as { actorUserId: string | null }[];
    expect(theirs.some((r) => r.actorUserId === userId)).toBe(false);
  });

  it('unverified accounts cannot invite: the check the team module uses', async () => {
    const { client, input, res } = await signUp(server);
    const userId = res.data.signUp.user.id;
    await expect(assertEmailVerified(server.dataSource.manager, userId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await client.gql(VERIFY, { t: await tokenSentTo(server.dataSource, input.email, 'VERIFY_EMAIL', '/verify-email') });
    await expect(assertEmailVerified(server.dataSource.manager, userId)).resolves.toBeUndefined();
  });

  it('tells the SPA whether sign-up is open', async () => {
    expect((await new TestClient(server.url).gql(`{ signUpMode }`)).data.signUpMode).toBe('OPEN');
  });
});

describe('SIGNUP=off and invite-only', () => {
  for (const [mode, answer] of [
    ['off', 'OFF'],
    ['invite-only', 'INVITE_ONLY'],
  ] as const) {
    it(`refuses sign-up with FORBIDDEN and a clear message when ${mode}`, async () => {
      const closed = await startTestServer({ signup: mode });
      try {
        const visitor = new TestClient(closed.url);
        expect((await visitor.gql(`{ signUpMode }`)).data.signUpMode).toBe(answer);
        const input = signUpValues();
        const res = await visitor.gql(SIGN_UP, { input }, fromIp(randomIp()));
        expect(codeOf(res)).toBe('FORBIDDEN');
        expect(res.errors?.[0].message).toMatch(mode === 'off' ? /turned off/ : /invitation/);
        expect(visitor.cookies.has('cf_session')).toBe(false);
        const [row] = await closed.dataSource.query(`SELECT count(*)::int AS n FROM app_user WHERE email = $1`, [
          input.email,
        ]);
        expect(row.n).toBe(0);
      } finally {
        await closed.close();
      }
    });
  }
});

describe('create-owner (headless first owner)', () => {
  it('creates a verified OWNER whatever SIGNUP says, who can sign in', async () => {
    const email = uniqueEmail('first');
    const { user, workspace } = await createOwner(
      server.dataSource,
      { email: ` ${email.toUpperCase()} `, name: 'First Owner', agencyName: 'Headless Co', password: STRONG_PASSWORD },
      new AuditService(server.dataSource, 400),
    );
    expect(user.email).toBe(email);
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(workspace.slug).toMatch(/^headless-co(-\d+)?$/);
    const [membership] = await server.dataSource.query(
      `SELECT role FROM membership WHERE "userId" = $1 AND "workspaceId" = $2`,
      [user.id, workspace.id],
    );
    expect(membership.role).toBe('OWNER');
    const browser = new TestClient(server.url);
    expect((await browser.gql(SIGN_IN, { e: email, p: STRONG_PASSWORD })).errors).toBeUndefined();
    expect((await browser.gql(ME)).data.me).toMatchObject({ role: 'OWNER', user: { emailVerified: true } });
    const audit = (await browser.gql(AUDIT, { f: { actions: ['auth.signedUp'] } })).data.auditLog.items;
    expect(audit[0]).toMatchObject({ actorUserId: user.id, ip: 'cli' });
    // No email goes out for it.
    expect(await emailsTo(server.dataSource, email)).toEqual([]);
  });

  it('refuses an email that exists, and weak passwords', async () => {
    const existing = await createWorkspace(server.dataSource, 'Taken');
    await expect(
      createOwner(server.dataSource, {
        email: existing.emails.OWNER,
        name: 'X',
        agencyName: 'Another Co',
        password: STRONG_PASSWORD,
      }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    await expect(
      createOwner(server.dataSource, { email: uniqueEmail(), name: 'X', agencyName: 'Y Co', password: 'qwerty' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
  });
});
