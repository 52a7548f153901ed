import { randomInt, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TestClient, type GqlResult, type TestServer } from '../../../test/harness';

export const STRONG_PASSWORD = 'plum orchard lantern 42';
export const SIGN_UP = `mutation($input: SignUpInput!) {
  signUp(input: $input) { role user { id email emailVerified } workspace { id name slug locale currency timezone } }
}`;
export const ME = `{ me { user { id email emailVerified } workspace { id slug } role } }`;
export const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { id } } } }`;
export const AUDIT = `query($f: AuditLogFilter) { auditLog(filter: $f) { items { action actorUserId actorLabel ip } } }`;

/** A documentation-range address per call, so each test has its own per-IP rate-limit buckets. */
export const randomIp = () => `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}`;
export const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

export const uniqueEmail = (prefix = 'person') => `${prefix}-${randomUUID().slice(0, 8)}@signup.test`;

export interface SignUpValues {
  name: string;
  email: string;
  password: string;
  agencyName: string;
  locale?: string;
  currency?: string;
  timezone?: string;
}

export const signUpValues = (over: Partial<SignUpValues> = {}): SignUpValues => ({
  name: 'Ana Lima',
  email: uniqueEmail(),
  password: STRONG_PASSWORD,
  agencyName: `Lima Design ${randomUUID().slice(0, 6)}`,
  ...over,
});

/** Signs up from a fresh browser (and a fresh IP unless given). */
export async function signUp(
  server: TestServer,
  over: Partial<SignUpValues> = {},
  ip = randomIp(),
): Promise<{ client: TestClient; res: GqlResult; input: SignUpValues }> {
  const client = new TestClient(server.url);
  const input = signUpValues(over);
  const res = await client.gql(SIGN_UP, { input }, fromIp(ip));
  return { client, res, input };
}

export interface SentEmail {
  to: string;
  kind: string;
  subject: string;
  text: string;
  html: string;
  workspaceId: string | null;
}

/** The outbox rows for an address, newest first. */
export async function emailsTo(ds: DataSource, to: string, kind?: string): Promise<SentEmail[]> {
  return ds.query(
    `SELECT "to", kind, subject, text, html, "workspaceId" FROM outbound_email
      WHERE "to" = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY "createdAt" DESC`,
    [to, kind ?? null],
  );
}

/** The token of the newest link of this kind sent to the address. */
export async function tokenSentTo(ds: DataSource, to: string, kind: string, path: string): Promise<string> {
  const [mail] = await emailsTo(ds, to, kind);
  const match = mail && new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text);
  if (!match) throw new Error(`no ${kind} link sent to ${to}`);
  return match[1];
}
