import { Secret, TOTP } from 'otpauth';
import {
  createWorkspace,
  PASSWORD,
  startTestServer,
  TestClient,
  type GqlResult,
  type TestServer,
  type TestWorkspace,
} from '../../../test/harness';

const SIGN_IN = `mutation($e: String!, $p: String!) {
  signIn(email: $e, password: $p) { twoFactorRequired viewer { user { id } } }
}`;
const VERIFY = `mutation($c: String!) { verifySignInCode(code: $c) { user { id email twoFactorEnabled } } }`;
const ME = `{ me { user { email twoFactorEnabled } workspace { id requireTwoFactor } twoFactorSetupRequired } }`;
const STATUS = `{ twoFactorStatus { enabled pending enabledAt recoveryCodesRemaining } }`;
const START = `mutation { startTwoFactorSetup { otpauthUri qrCodeDataUrl secret } }`;
const CONFIRM = `mutation($c: String!) { confirmTwoFactorSetup(code: $c) }`;
const REGENERATE = `mutation($c: String!) { regenerateRecoveryCodes(code: $c) }`;
const DISABLE = `mutation($p: String!, $c: String!) { disableTwoFactor(password: $p, code: $c) }`;
const SET_REQUIRED = `mutation($r: Boolean!) { setWorkspaceTwoFactorRequired(required: $r) { id requireTwoFactor } }`;
const POLICY = `{ workspaceTwoFactorPolicy { required members membersWithoutTwoFactor } }`;
const CLIENTS = `{ clients { totalCount } }`;

// The API runs in this process: moving Date.now moves the server's TOTP clock too (JWTs and the database keep
// real time). Each check starts mid-step, so no test depends on when in a 30-second step it runs.
const realNow = Date.now.bind(Date);
let offset = 0;
const STEP = 30_000;
function nextStep() {
  const t = realNow() + offset;
  offset += STEP + (STEP / 2 - (t % STEP));
}
const codeFor = (secret: string, steps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + steps * STEP });
const wrongCodeFor = (secret: string) => {
  const valid = new Set([-1, 0, 1].map((s) => codeFor(secret, s)));
  return ['123456', '654321', '111111', '222222'].find((c) => !valid.has(c))!;
};

let server: TestServer;
let ipSeq = 1;
const freshIp = () => `198.51.100.${ipSeq++}`;

/** A browser with its own address (behind the trusted loopback proxy) and user agent. */
class Browser extends TestClient {
  constructor(
    readonly ip = freshIp(),
    readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ) {
    super(server.url);
  }
  override gql<T = any>(query: string, variables?: Record<string, unknown>, extra: Record<string, string> = {}) {
    return super.gql<T>(query, variables, { 'x-forwarded-for': this.ip, 'user-agent': this.userAgent, ...extra });
  }
}

const errorOf = (res: GqlResult) => res.errors?.[0];

async function passwordStep(email: string, browser = new Browser()) {
  const res = await browser.gql(SIGN_IN, { e: email, p: PASSWORD });
  expect(res.errors).toBeUndefined();
  return { browser, result: res.data.signIn as { twoFactorRequired: boolean; viewer: unknown } };
}

/** Signed in without a second factor (the user has none yet). */
async function signedIn(email: string, browser = new Browser()) {
  const { result } = await passwordStep(email, browser);
  expect(result.twoFactorRequired).toBe(false);
  return browser;
}

/** Turns two-factor on for the browser's user; answers the secret and the recovery codes. */
async function enrol(browser: Browser) {
  const setup = await browser.gql(START);
  expect(setup.errors).toBeUndefined();
  const { secret } = setup.data.startTwoFactorSetup as { secret: string };
  nextStep();
  const confirmed = await browser.gql(CONFIRM, { c: codeFor(secret) });
  expect(confirmed.errors).toBeUndefined();
  return { secret, recoveryCodes: confirmed.data.confirmTwoFactorSetup as string[] };
}

/** Both sign-in steps with a fresh code. */
async function signInWithCode(email: string, secret: string, browser = new Browser()) {
  const { result } = await passwordStep(email, browser);
  expect(result.twoFactorRequired).toBe(true);
  nextStep();
  const res = await browser.gql(VERIFY, { c: codeFor(secret) });
  expect(res.errors).toBeUndefined();
  return browser;
}

const auditActions = async (workspaceId: string, userId: string) =>
  (
    (await server.dataSource.query(
      `SELECT action FROM audit_event WHERE "workspaceId" = $1 AND "actorUserId" = $2 ORDER BY "createdAt"`,
      [workspaceId, userId],
    )) as { action: string }[]
  ).map((r) => r.action);

beforeAll(async () => {
  jest.spyOn(Date, 'now').mockImplementation(() => realNow() + offset);
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
  jest.restoreAllMocks();
});

describe('two-factor setup', () => {
  let a: TestWorkspace;
  beforeAll(async () => {
    a = await createWorkspace(server.dataSource, '2FA Setup');
  });

  it('stays off until a real code confirms it; answers 10 recovery codes once; secrets are sealed at rest', async () => {
    const browser = await signedIn(a.emails.MANAGER);
    const setup = (await browser.gql(START)).data.startTwoFactorSetup;
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\/ClientFlow:.+\?.*secret=/);
    expect(setup.otpauthUri).toContain('issuer=ClientFlow');
    expect(setup.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await browser.gql(STATUS)).data.twoFactorStatus).toMatchObject({ enabled: false, pending: true });

    nextStep();
    const wrong = await browser.gql(CONFIRM, { c: wrongCodeFor(setup.secret) });
    expect(errorOf(wrong)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await browser.gql(STATUS)).data.twoFactorStatus.enabled).toBe(false);

    const right = await browser.gql(CONFIRM, { c: codeFor(setup.secret) });
    const codes = right.data.confirmTwoFactorSetup as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await browser.gql(STATUS)).data.twoFactorStatus).toMatchObject({
      enabled: true,
      pending: false,
      recoveryCodesRemaining: 10,
    });
    expect((await browser.gql(ME)).data.me.user.twoFactorEnabled).toBe(true);
    // Once: confirming again, or starting over, is refused while it is on.
    expect(errorOf(await browser.gql(CONFIRM, { c: codeFor(setup.secret, 1) }))?.extensions?.code).toBe('CONFLICT');
    expect(errorOf(await browser.gql(START))?.extensions?.code).toBe('CONFLICT');

    const [row] = await server.dataSource.query(`SELECT secret FROM user_two_factor WHERE "userId" = $1`, [
      a.users.MANAGER.id,
    ]);
    expect(row.secret).not.toContain(setup.secret);
    const stored: { codeHash: string }[] = await server.dataSource.query(
      `SELECT "codeHash" FROM two_factor_recovery_code WHERE "userId" = $1`,
      [a.users.MANAGER.id],
    );
    expect(stored).toHaveLength(10);
    const plain = codes.map((c) => c.replace('-', ''));
    expect(stored.every((s) => /^[0-9a-f]{64}$/.test(s.codeHash) && !plain.includes(s.codeHash))).toBe(true);
    expect(await auditActions(a.workspace.id, a.users.MANAGER.id)).toEqual(
      expect.arrayContaining(['twoFactor.failed', 'twoFactor.enabled']),
    );
  });

  it('ends the other sessions when turned on and when turned off (not the one that did it)', async () => {
    const laptop = await signedIn(a.emails.MEMBER);
    const phone = await signedIn(a.emails.MEMBER);
    const { secret } = await enrol(laptop);
    expect((await phone.gql(ME)).data.me).toBeNull();
    expect((await laptop.gql(ME)).data.me.user.email).toBe(a.emails.MEMBER);

    const tablet = await signInWithCode(a.emails.MEMBER, secret);
    nextStep();
    expect((await laptop.gql(DISABLE, { p: PASSWORD, c: codeFor(secret) })).data.disableTwoFactor).toBe(true);
    expect((await tablet.gql(ME)).data.me).toBeNull();
    expect((await laptop.gql(ME)).data.me.user.twoFactorEnabled).toBe(false);
    const ended: { revokedReason: string }[] = await server.dataSource.query(
      `SELECT "revokedReason" FROM user_session WHERE "userId" = $1 AND "revokedAt" IS NOT NULL`,
      [a.users.MEMBER.id],
    );
    expect(ended.map((s) => s.revokedReason)).toEqual(['TWO_FACTOR_CHANGED', 'TWO_FACTOR_CHANGED']);
    expect(await auditActions(a.workspace.id, a.users.MEMBER.id)).toEqual(
      expect.arrayContaining(['twoFactor.enabled', 'twoFactor.disabled']),
    );
  });

  it('turning it off needs the password and a code; afterwards the password alone signs in', async () => {
    const browser = await signedIn(a.emails.ADMIN);
    const { secret, recoveryCodes } = await enrol(browser);
    nextStep();
    const badPassword = await browser.gql(DISABLE, { p: 'not my password', c: codeFor(secret) });
    expect(errorOf(badPassword)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const badCode = await browser.gql(DISABLE, { p: PASSWORD, c: wrongCodeFor(secret) });
    expect(errorOf(badCode)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await browser.gql(STATUS)).data.twoFactorStatus.enabled).toBe(true);
    // A recovery code does it too (a lost phone).
    expect((await browser.gql(DISABLE, { p: PASSWORD, c: recoveryCodes[0] })).data.disableTwoFactor).toBe(true);
    expect((await browser.gql(STATUS)).data.twoFactorStatus).toMatchObject({
      enabled: false,
      recoveryCodesRemaining: 0,
    });
    const again = await passwordStep(a.emails.ADMIN);
    expect(again.result.twoFactorRequired).toBe(false);
  });

  it('regenerates recovery codes with a code from the app; the old ones stop working', async () => {
    const c = await createWorkspace(server.dataSource, '2FA Regen');
    const browser = await signedIn(c.emails.OWNER);
    const { secret, recoveryCodes } = await enrol(browser);
    expect(errorOf(await browser.gql(REGENERATE, { c: recoveryCodes[0] }))?.extensions?.code).toBe('BAD_USER_INPUT');
    nextStep();
    const fresh = (await browser.gql(REGENERATE, { c: codeFor(secret) })).data.regenerateRecoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh).not.toContain(recoveryCodes[1]);
    const { browser: signingIn } = await passwordStep(c.emails.OWNER);
    expect(errorOf(await signingIn.gql(VERIFY, { c: recoveryCodes[1] }))?.extensions?.field).toBe('code');
    expect((await signingIn.gql(VERIFY, { c: fresh[0] })).data.verifySignInCode.user.email).toBe(c.emails.OWNER);
    expect(await auditActions(c.workspace.id, c.users.OWNER.id)).toContain('twoFactor.recoveryCodesRegenerated');
  });
});

describe('signing in with two-factor', () => {
  let a: TestWorkspace;
  let secret: string;
  let recoveryCodes: string[];
  beforeAll(async () => {
    a = await createWorkspace(server.dataSource, '2FA SignIn');
    ({ secret, recoveryCodes } = await enrol(await signedIn(a.emails.OWNER)));
  });

  it('opens no session until the code: the challenge cookie alone is refused everywhere', async () => {
    const { browser, result } = await passwordStep(a.emails.OWNER);
    expect(result).toEqual({ twoFactorRequired: true, viewer: null });
    expect(browser.cookies.has('cf_session')).toBe(false);
    const challenge = browser.cookies.get('cf_2fa')!;
    expect(challenge).toBeTruthy();
    expect((await browser.gql(ME)).data.me).toBeNull();
    expect(errorOf(await browser.gql(CLIENTS))?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await browser.gql(STATUS))?.extensions?.code).toBe('UNAUTHENTICATED');
    // Nor does it pass for a session cookie.
    const forger = new Browser();
    forger.setCookie('cf_session', challenge);
    expect((await forger.gql(ME)).data.me).toBeNull();
    // A session cookie does not pass for a challenge either.
    const other = await signedIn(a.emails.MEMBER);
    const swapped = new Browser();
    swapped.setCookie('cf_2fa', other.cookies.get('cf_session')!);
    nextStep();
    expect(errorOf(await swapped.gql(VERIFY, { c: codeFor(secret) }))?.extensions?.code).toBe('UNAUTHENTICATED');

    nextStep();
    const res = await browser.gql(VERIFY, { c: codeFor(secret) });
    expect(res.data.verifySignInCode.user).toMatchObject({ email: a.emails.OWNER, twoFactorEnabled: true });
    expect(browser.cookies.has('cf_session')).toBe(true);
    expect(browser.cookies.has('cf_2fa')).toBe(false);
    expect((await browser.gql(CLIENTS)).errors).toBeUndefined();

    // The challenge was consumed: a copy of it does not open a second session, even with a new code.
    const copy = new Browser();
    copy.setCookie('cf_2fa', challenge);
    nextStep();
    expect(errorOf(await copy.gql(VERIFY, { c: codeFor(secret) }))?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(copy.cookies.has('cf_session')).toBe(false);
  });

  it('refuses a replayed code, accepts the steps either side of now, and not two away', async () => {
    nextStep();
    const code = codeFor(secret);
    const first = await passwordStep(a.emails.OWNER);
    expect((await first.browser.gql(VERIFY, { c: code })).errors).toBeUndefined();
    const replay = await passwordStep(a.emails.OWNER);
    const replayed = await replay.browser.gql(VERIFY, { c: code });
    expect(errorOf(replayed)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errorOf(replayed)?.message).toMatch(/already used/);

    // The previous step's code, a step later (a code typed as it changed).
    nextStep();
    nextStep();
    const late = await passwordStep(a.emails.OWNER);
    expect((await late.browser.gql(VERIFY, { c: codeFor(secret, -1) })).errors).toBeUndefined();
    // The next step's code (a phone clock slightly ahead)…
    const early = await passwordStep(a.emails.OWNER);
    expect((await early.browser.gql(VERIFY, { c: codeFor(secret, 1) })).errors).toBeUndefined();
    // …but not two steps away.
    nextStep();
    nextStep();
    nextStep();
    const far = await passwordStep(a.emails.OWNER);
    expect(errorOf(await far.browser.gql(VERIFY, { c: codeFor(secret, 2) }))?.extensions?.field).toBe('code');
    expect(errorOf(await far.browser.gql(VERIFY, { c: codeFor(secret, -2) }))?.extensions?.field).toBe('code');
  });

  it('takes a recovery code once', async () => {
    const code = recoveryCodes[3];
    const first = await passwordStep(a.emails.OWNER);
    // Typed loosely: upper case, spaces.
    const used = await first.browser.gql(VERIFY, { c: ` ${code.toUpperCase().replace('-', ' ')} ` });
    expect(used.errors).toBeUndefined();
    expect((await first.browser.gql(STATUS)).data.twoFactorStatus.recoveryCodesRemaining).toBe(9);
    const again = await passwordStep(a.emails.OWNER);
    expect(errorOf(await again.browser.gql(VERIFY, { c: code }))?.extensions?.field).toBe('code');
    expect(await auditActions(a.workspace.id, a.users.OWNER.id)).toContain('twoFactor.recoveryCodeUsed');
  });

  it('keeps the password step as it was: wrong passwords answer the same and are audited', async () => {
    const browser = new Browser();
    const wrong = await browser.gql(SIGN_IN, { e: a.emails.OWNER, p: 'nope-nope-nope' });
    expect(errorOf(wrong)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(browser.cookies.has('cf_2fa')).toBe(false);
    expect(await auditActions(a.workspace.id, a.users.OWNER.id)).toContain('auth.signInFailed');
  });
});

describe('brute force', () => {
  it('limits wrong codes per account: after 5, even the right code waits', async () => {
    const a = await createWorkspace(server.dataSource, '2FA Brute');
    const { secret } = await enrol(await signedIn(a.emails.MEMBER));
    const { browser } = await passwordStep(a.emails.MEMBER);
    nextStep();
    for (let i = 0; i < 5; i++) {
      const res = await browser.gql(VERIFY, { c: wrongCodeFor(secret) });
      expect(errorOf(res)?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // Another address does not help: the account's own limit applies.
    const elsewhere = await passwordStep(a.emails.MEMBER);
    const refused = await elsewhere.browser.gql(VERIFY, { c: codeFor(secret) });
    expect(errorOf(refused)?.extensions?.code).toBe('RATE_LIMITED');
    expect(elsewhere.browser.cookies.has('cf_session')).toBe(false);
    const failures = (await auditActions(a.workspace.id, a.users.MEMBER.id)).filter((x) => x === 'twoFactor.failed');
    expect(failures).toHaveLength(5);
  });

  it('limits wrong codes per address across accounts', async () => {
    const ip = freshIp();
    const spread: TestWorkspace[] = [
      await createWorkspace(server.dataSource, '2FA IP 1'),
      await createWorkspace(server.dataSource, '2FA IP 2'),
    ];
    const users = spread.flatMap((w) => Object.values(w.emails));
    // 25 wrong codes from one address, 5 accounts x 5 (each account at its own limit too).
    for (const email of users.slice(0, 5)) {
      const browser = await signedIn(email, new Browser(ip));
      await browser.gql(START);
      for (let i = 0; i < 5; i++) {
        expect(errorOf(await browser.gql(CONFIRM, { c: 'abcdef' }))?.extensions?.code).toBe('BAD_USER_INPUT');
      }
    }
    // A sixth account, untouched so far, is refused at this address and served at another.
    const sixth = await signedIn(users[5], new Browser(ip));
    const { secret } = (await sixth.gql(START)).data.startTwoFactorSetup;
    nextStep();
    expect(errorOf(await sixth.gql(CONFIRM, { c: codeFor(secret) }))?.extensions?.code).toBe('RATE_LIMITED');
    const moved = new Browser();
    for (const [k, v] of sixth.cookies) moved.setCookie(k, v);
    expect((await moved.gql(CONFIRM, { c: codeFor(secret) })).data.confirmTwoFactorSetup).toHaveLength(10);
  });
});

describe('the workspace requirement', () => {
  let a: TestWorkspace;
  let b: TestWorkspace;
  let ownerSecret: string;
  let owner: Browser;
  beforeAll(async () => {
    a = await createWorkspace(server.dataSource, '2FA Policy A');
    b = await createWorkspace(server.dataSource, '2FA Policy B');
    owner = await signedIn(a.emails.OWNER);
  });

  it('is set by an OWNER only, who must use two-factor first; audited', async () => {
    for (const role of ['ADMIN', 'MANAGER', 'MEMBER'] as const) {
      const caller = await signedIn(a.emails[role]);
      expect(errorOf(await caller.gql(SET_REQUIRED, { r: true }))?.extensions?.code).toBe('FORBIDDEN');
    }
    const notYet = await owner.gql(SET_REQUIRED, { r: true });
    expect(errorOf(notYet)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'required' });
    ({ secret: ownerSecret } = await enrol(owner));
    const set = await owner.gql(SET_REQUIRED, { r: true });
    expect(set.data.setWorkspaceTwoFactorRequired).toEqual({ id: a.workspace.id, requireTwoFactor: true });
    expect((await owner.gql(POLICY)).data.workspaceTwoFactorPolicy).toEqual({
      required: true,
      members: 4,
      membersWithoutTwoFactor: 3,
    });
    const [row] = await server.dataSource.query(
      `SELECT changes FROM audit_event WHERE "workspaceId" = $1 AND action = 'workspace.twoFactorRequired'`,
      [a.workspace.id],
    );
    expect(row.changes).toEqual({ requireTwoFactor: { from: false, to: true } });
    expect(ownerSecret).toBeTruthy();
  });

  it('holds a member without two-factor at the setup until enrolled, on open and new sessions alike', async () => {
    const member = await signedIn(a.emails.MEMBER);
    const me = (await member.gql(ME)).data.me;
    expect(me).toMatchObject({ twoFactorSetupRequired: true, workspace: { requireTwoFactor: true } });
    const refused = await member.gql(CLIENTS);
    expect(errorOf(refused)?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'TWO_FACTOR_SETUP_REQUIRED' });
    expect(errorOf(await member.gql(`{ workspaceMembers { id } }`))?.extensions?.code).toBe('FORBIDDEN');
    // REST routes too (the admin's audit export, for an ADMIN who could otherwise read it).
    const admin = await signedIn(a.emails.ADMIN);
    const csv = await fetch(`${server.url}/files/exports/audit-log.csv`, { headers: { cookie: admin.cookieHeader() } });
    expect(csv.status).toBe(403);
    expect(await csv.text()).toMatch(/two-factor/);

    expect((await member.gql(STATUS)).errors).toBeUndefined();
    await enrol(member);
    const after = (await member.gql(ME)).data.me;
    expect(after).toMatchObject({ twoFactorSetupRequired: false, user: { twoFactorEnabled: true } });
    expect((await member.gql(CLIENTS)).errors).toBeUndefined();
    expect((await owner.gql(POLICY)).data.workspaceTwoFactorPolicy.membersWithoutTwoFactor).toBe(2);

    // Sign-out still works for a held session.
    const manager = await signedIn(a.emails.MANAGER);
    expect((await manager.gql(`mutation { signOut }`)).data.signOut).toBe(true);
    expect((await manager.gql(ME)).data.me).toBeNull();
  });

  it('turning two-factor off in such a workspace is allowed, and holds the session at the setup again', async () => {
    const c = await createWorkspace(server.dataSource, '2FA Policy C');
    const cOwner = await signedIn(c.emails.OWNER);
    const { secret } = await enrol(cOwner);
    expect((await cOwner.gql(SET_REQUIRED, { r: true })).errors).toBeUndefined();
    nextStep();
    expect((await cOwner.gql(DISABLE, { p: PASSWORD, c: codeFor(secret) })).data.disableTwoFactor).toBe(true);
    expect((await cOwner.gql(ME)).data.me.twoFactorSetupRequired).toBe(true);
    expect(errorOf(await cOwner.gql(CLIENTS))?.extensions?.reason).toBe('TWO_FACTOR_SETUP_REQUIRED');
    // Switching the rule off is itself held: the owner enrols again first.
    expect(errorOf(await cOwner.gql(SET_REQUIRED, { r: false }))?.extensions?.reason).toBe('TWO_FACTOR_SETUP_REQUIRED');
  });

  it("does not reach another workspace: B's members are not held", async () => {
    const bMember = await signedIn(b.emails.MEMBER);
    expect((await bMember.gql(ME)).data.me.twoFactorSetupRequired).toBe(false);
    expect((await bMember.gql(CLIENTS)).errors).toBeUndefined();
    const bOwner = await signedIn(b.emails.OWNER);
    expect((await bOwner.gql(POLICY)).data.workspaceTwoFactorPolicy).toEqual({
      required: false,
      members: 4,
      membersWithoutTwoFactor: 4,
    });
    const rows = await server.dataSource.query(
      `SELECT 1 FROM audit_event
        WHERE "workspaceId" = $1 AND (action LIKE 'twoFactor.%' OR action = 'workspace.twoFactorRequired')`,
      [b.workspace.id],
    );
    expect(rows).toHaveLength(0);
  });
});

describe('new-device sign-in notice', () => {
  const CHROME_MAC =
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
  const CHROME_MAC_NEWER = CHROME_MAC.replace('131.0.0.0', '132.0.0.0');
  const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
  const notices = async (to: string) =>
    (await server.dataSource.query(
      `SELECT subject, text FROM outbound_email WHERE "to" = $1 AND kind = 'NEW_DEVICE_SIGN_IN' ORDER BY "createdAt"`,
      [to],
    )) as { subject: string; text: string }[];

  it('is sent for a browser and address not seen before, not for the first sign-in nor a known one', async () => {
    const a = await createWorkspace(server.dataSource, '2FA Notice');
    const email = a.emails.MANAGER;
    const home = freshIp();
    await signedIn(email, new Browser(home, CHROME_MAC));
    expect(await notices(email)).toHaveLength(0); // the account's first sign-in
    await signedIn(email, new Browser(home, CHROME_MAC));
    await signedIn(email, new Browser(home, CHROME_MAC_NEWER)); // a browser update is the same browser
    expect(await notices(email)).toHaveLength(0);

    await signedIn(email, new Browser(home, FIREFOX_LINUX));
    const cafe = freshIp();
    await signedIn(email, new Browser(cafe, CHROME_MAC));
    const sent = await notices(email);
    expect(sent).toHaveLength(2);
    expect(sent[0].subject).toBe('New sign-in to ClientFlow: Firefox 133 on Linux');
    expect(sent[0].text).toContain(home);
    expect(sent[0].text).toContain('http://localhost:5173/forgot-password');
    expect(sent[1].text).toContain(cafe);
  });

  it("is written in the user's language and sent after the second factor only", async () => {
    const a = await createWorkspace(server.dataSource, '2FA Notice FR');
    await server.dataSource.query(`UPDATE app_user SET locale = 'fr' WHERE id = $1`, [a.users.ADMIN.id]);
    const first = await signedIn(a.emails.ADMIN, new Browser(freshIp(), CHROME_MAC));
    const { secret } = await enrol(first);
    const stranger = new Browser(freshIp(), FIREFOX_LINUX);
    await passwordStep(a.emails.ADMIN, stranger);
    expect(await notices(a.emails.ADMIN)).toHaveLength(0);
    nextStep();
    expect((await stranger.gql(VERIFY, { c: codeFor(secret) })).errors).toBeUndefined();
    const [mail] = await notices(a.emails.ADMIN);
    expect(mail.subject).toBe('Nouvelle connexion à ClientFlow : Firefox 133 sous Linux');
    expect(mail.text).toContain('réinitialiser');
  });
});
