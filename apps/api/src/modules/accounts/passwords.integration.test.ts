import {
  createWorkspace,
  PASSWORD,
  signIn,
  startTestServer,
  TestClient,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';
import { AUDIT, emailsTo, fromIp, ME, randomIp, SIGN_IN, signUp, tokenSentTo } from './accounts.test-kit';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const NEW_PASSWORD = 'violet harbour morning tide';

let server: TestServer;
let a: TestWorkspace;
let b: TestWorkspace;

beforeAll(async () => {
  server = await startTestServer({ adminOrigin: 'http://admin.test' });
  a = await createWorkspace(server.dataSource, 'Passwords A');
  b = await createWorkspace(server.dataSource, 'Passwords B');
});
afterAll(() => server.close());

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const fieldOf = (res: { errors?: { extensions?: { field?: string } }[] }) => res.errors?.[0]?.extensions?.field;
const copyOf = (client: TestClient) => {
  const copy = new TestClient(server.url);
  for (const [k, v] of client.cookies) copy.setCookie(k, v);
  return copy;
};
const canSignIn = async (email: string, password: string) =>
  !(await new TestClient(server.url).gql(SIGN_IN, { e: email, p: password }, fromIp(randomIp()))).errors;

/** A fresh workspace per test that changes passwords, so tests do not depend on each other. */
const freshUser = async () => (await createWorkspace(server.dataSource, 'Reset')).emails.MANAGER;

describe('forgot password', () => {
  it('answers the same for known and unknown emails, and only mails the known one', async () => {
    const email = await freshUser();
    const visitor = new TestClient(server.url);
    const known = await visitor.gql(REQUEST, { e: email }, fromIp(randomIp()));
    const unknown = await visitor.gql(REQUEST, { e: 'nobody-here@example.test' }, fromIp(randomIp()));
    expect(known.errors).toBeUndefined();
    expect(unknown).toMatchObject({ data: known.data, status: known.status });
    expect(await emailsTo(server.dataSource, 'nobody-here@example.test')).toEqual([]);
    const [mail] = await emailsTo(server.dataSource, email, 'PASSWORD_RESET');
    expect(mail.subject).toBe('Reset your ClientFlow password');
    expect(mail.text).toContain('http://admin.test/reset-password?token=');
    expect(mail.text).toContain('30 minutes');
  });

  it('writes the email in the user’s language', async () => {
    const email = await freshUser();
    await server.dataSource.query(`UPDATE app_user SET locale = 'pt' WHERE email = $1`, [email]);
    await new TestClient(server.url).gql(REQUEST, { e: email }, fromIp(randomIp()));
    const [mail] = await emailsTo(server.dataSource, email, 'PASSWORD_RESET');
    expect(mail.subject).toBe('Redefinir a sua palavra-passe do ClientFlow');
    expect(mail.html).toContain('lang="pt"');
  });

  it('resets once: ends every session, other links too, does not sign in, audits', async () => {
    const w = await createWorkspace(server.dataSource, 'Reset audit');
    const email = w.emails.ADMIN;
    const laptop = await signIn(server, email);
    const stolen = copyOf(laptop);
    const visitor = new TestClient(server.url);
    await visitor.gql(REQUEST, { e: email }, fromIp(randomIp()));
    const older = await tokenSentTo(server.dataSource, email, 'PASSWORD_RESET', '/reset-password');
    await visitor.gql(REQUEST, { e: email }, fromIp(randomIp()));
    const token = await tokenSentTo(server.dataSource, email, 'PASSWORD_RESET', '/reset-password');

    // A weak password is refused on its field, and does not use the link up.
    const weak = await visitor.gql(RESET, { t: token, p: 'password123' });
    expect([codeOf(weak), fieldOf(weak)]).toEqual(['BAD_USER_INPUT', 'newPassword']);

    const res = await visitor.gql(RESET, { t: token, p: NEW_PASSWORD }, fromIp('203.0.113.20'));
    expect(res.data.resetPassword).toBe(true);
    expect(visitor.cookies.has('cf_session')).toBe(false); // no automatic sign-in
    // Every session ended, copied cookie included.
    expect((await laptop.gql(ME)).data.me).toBeNull();
    expect(codeOf(await stolen.gql(`{ clients { totalCount } }`))).toBe('UNAUTHENTICATED');
    // The link is single use, and the older link died with it.
    const reuse = await visitor.gql(RESET, { t: token, p: 'another fine passphrase' });
    expect([codeOf(reuse), fieldOf(reuse)]).toEqual(['BAD_USER_INPUT', 'token']);
    expect(fieldOf(await visitor.gql(RESET, { t: older, p: 'another fine passphrase' }))).toBe('token');
    expect(await canSignIn(email, PASSWORD)).toBe(false);
    expect(await canSignIn(email, NEW_PASSWORD)).toBe(true);
    expect((await emailsTo(server.dataSource, email, 'PASSWORD_CHANGED')).length).toBe(1);

    const owner = await signIn(server, w.emails.OWNER);
    const rows = (await owner.gql(AUDIT)).data.auditLog.items as { action: string; actorUserId: string; ip: string }[];
    expect(rows.filter((r) => r.action === 'auth.passwordResetRequested')).toHaveLength(2);
    expect(rows.find((r) => r.action === 'auth.passwordReset')).toMatchObject({
      actorUserId: w.users.ADMIN.id,
      ip: '203.0.113.20',
    });
    // Tenant isolation: workspace B's log has none of it.
    const other = await signIn(server, b.emails.OWNER);
    const theirs = (await other.gql(AUDIT)).data.auditLog.items as { actorUserId: string | null }[];
    expect(theirs.some((r) => r.actorUserId === w.users.ADMIN.id)).toBe(false);
  });

  it('refuses an expired link', async () => {
    const email = await freshUser();
    const visitor = new TestClient(server.url);
    await visitor.gql(REQUEST, { e: email }, fromIp(randomIp()));
    const token = await tokenSentTo(server.dataSource, email, 'PASSWORD_RESET', '/reset-password');
    await server.dataSource.query(
      `UPDATE account_token SET "expiresAt" = now() - interval '1 second' WHERE email = $1`,
      [email],
    );
    expect(fieldOf(await visitor.gql(RESET, { t: token, p: NEW_PASSWORD }))).toBe('token');
    expect(fieldOf(await visitor.gql(RESET, { t: 'x'.repeat(43), p: NEW_PASSWORD }))).toBe('token');
    expect(await canSignIn(email, PASSWORD)).toBe(true);
  });

  it('a verification link is no reset link', async () => {
    const { input } = await signUp(server);
    const verify = await tokenSentTo(server.dataSource, input.email, 'VERIFY_EMAIL', '/verify-email');
    expect(fieldOf(await new TestClient(server.url).gql(RESET, { t: verify, p: NEW_PASSWORD }))).toBe('token');
  });

  it('rate limits per email (whatever the IP) and per IP (whatever the email)', async () => {
    const visitor = new TestClient(server.url);
    const email = 'limit-me@example.test'; // unknown addresses are limited the same as known ones
    const perEmail = [];
    for (let i = 0; i < 6; i++) perEmail.push(codeOf(await visitor.gql(REQUEST, { e: email }, fromIp(randomIp()))));
    expect(perEmail).toEqual([...Array(5).fill(undefined), 'RATE_LIMITED']);

    const ip = randomIp();
    const perIp = [];
    for (let i = 0; i < 21; i++)
      perIp.push(codeOf(await visitor.gql(REQUEST, { e: `someone-${i}@example.test` }, fromIp(ip))));
    expect(perIp.slice(0, 20).every((c) => c === undefined)).toBe(true);
    expect(perIp[20]).toBe('RATE_LIMITED');
  });

  it('validates the address', async () => {
    const res = await new TestClient(server.url).gql(REQUEST, { e: 'not an email' }, fromIp(randomIp()));
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'email']);
  });
});

describe('change password', () => {
  it('needs the current password (rate limited), a strong new one, and a session', async () => {
    const email = await freshUser();
    const browser = await signIn(server, email);
    const wrong = await browser.gql(CHANGE, { c: 'not my password', n: NEW_PASSWORD });
    expect([codeOf(wrong), fieldOf(wrong)]).toEqual(['BAD_USER_INPUT', 'currentPassword']);
    const weak = await browser.gql(CHANGE, { c: PASSWORD, n: 'qwertyuiop' });
    expect([codeOf(weak), fieldOf(weak)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
    const same = await browser.gql(CHANGE, { c: PASSWORD, n: PASSWORD });
    expect(fieldOf(same)).toBe('newPassword');
    expect(codeOf(await new TestClient(server.url).gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }))).toBe(
      'UNAUTHENTICATED',
    );
    // 5 wrong guesses per account in 15 minutes, from any address; then even the right one waits.
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(codeOf(await browser.gql(CHANGE, { c: `guess ${i}`, n: NEW_PASSWORD })));
    expect(codes).toEqual([...Array(4).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    expect(codeOf(await browser.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }, fromIp(randomIp())))).toBe(
      'RATE_LIMITED',
    );
    expect(await canSignIn(email, PASSWORD)).toBe(true);
  });

  it('keeps this session, ends the others, audits, and sends a notice', async () => {
    const email = a.emails.MEMBER;
    const here = await signIn(server, email);
    const elsewhere = await signIn(server, email);
    const colleague = await signIn(server, a.emails.OWNER);
    const res = await here.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }, fromIp('203.0.113.30'));
    expect(res.data.changePassword).toBe(true);
    expect((await here.gql(ME)).data.me.user.email).toBe(email);
    expect((await elsewhere.gql(ME)).data.me).toBeNull();
    expect((await colleague.gql(ME)).data.me).not.toBeNull();
    expect(await canSignIn(email, NEW_PASSWORD)).toBe(true);
    const [notice] = await emailsTo(server.dataSource, email, 'PASSWORD_CHANGED');
    expect(notice.subject).toBe('Your ClientFlow password was changed');
    expect(notice.text).toContain('http://admin.test/forgot-password');
    // A real link in HTML, and in text not glued to punctuation a mail client would take into the URL.
    expect(notice.html).toContain('href="http://admin.test/forgot-password"');
    expect(notice.text).not.toMatch(/forgot-password[)\].,]/);
    const rows = (await colleague.gql(AUDIT, { f: { actions: ['auth.passwordChanged'] } })).data.auditLog.items;
    expect(rows[0]).toMatchObject({ actorUserId: a.users.MEMBER.id, ip: '203.0.113.30' });
    const other = await signIn(server, b.emails.OWNER);
    expect((await other.gql(AUDIT, { f: { actions: ['auth.passwordChanged'] } })).data.auditLog.items).toEqual([]);
  });
});
