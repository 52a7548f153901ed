import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '@clientflow/domain';
import { createApp, type App } from '../src/app';
import { loadConfig, type AppConfig } from '../src/platform/config/config';
import { createDataSource } from '../src/data-source';
import { hashPassword } from '../src/platform/auth/password';
import { refreshClientSearchText } from '../src/modules/clients/client-search';
import { Client } from '../src/modules/clients/client.entity';
import { Contact } from '../src/modules/clients/contact.entity';
import { Membership } from '../src/modules/identity/membership.entity';
import { User } from '../src/modules/identity/user.entity';
import { Workspace } from '../src/modules/identity/workspace.entity';

export const TEST_SESSION_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
export const PASSWORD = 'correct horse battery';

export interface TestServer {
  url: string;
  app: App;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A real API on an ephemeral port over the shared test database, with its own mail catcher. */
export async function startTestServer(overrides: Partial<AppConfig> = {}): Promise<TestServer> {
  const config = loadConfig({
    sessionSecret: TEST_SESSION_SECRET,
    mailCatcher: true,
    mailCatcherPort: 0,
    smtpUrl: undefined,
    portalOrigin: 'http://portal.test',
    playground: true,
    introspection: true,
    ...overrides,
  });
  const dataSource = createDataSource(process.env.TEST_DATABASE_URL!, { poolSize: 5 });
  await dataSource.initialize();
  const app = await createApp(config, dataSource);
  const port = await app.listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    dataSource,
    close: async () => {
      app.httpServer.closeAllConnections?.();
      await app.close();
      await dataSource.destroy();
    },
  };
}

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; reason?: string } }[];
  status: number;
  headers: Headers;
}

/** A browser-like caller: keeps cookies between requests and speaks for the admin or the portal app. */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(
    private readonly baseUrl: string,
    private readonly app: 'admin' | 'portal' = 'admin',
  ) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  async gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-clientflow-app': this.app,
        cookie: this.cookieHeader(),
        ...extraHeaders,
      },
      body: JSON.stringify({ query, variables }),
    });
    for (const raw of res.headers.getSetCookie()) {
      const [pair] = raw.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(raw)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status, headers: res.headers };
  }
}

export interface TestWorkspace {
  workspace: Workspace;
  users: Record<Role, User>;
  emails: Record<Role, string>;
}

let passwordHash: Promise<string> | undefined;

/** A fresh workspace with one user of every role; each test file makes its own. */
export async function createWorkspace(ds: DataSource, name = 'Agency'): Promise<TestWorkspace> {
  passwordHash ??= hashPassword(PASSWORD);
  const hash = await passwordHash;
  const tag = randomUUID().slice(0, 8);
  const workspace = await ds
    .getRepository(Workspace)
    .save(
      ds
        .getRepository(Workspace)
        .create({ name: `${name} ${tag}`, slug: `${name.toLowerCase().replace(/\W+/g, '-')}-${tag}` }),
    );
  const users = {} as Record<Role, User>;
  const emails = {} as Record<Role, string>;
  for (const role of ['OWNER', 'ADMIN', 'MANAGER', 'MEMBER'] as Role[]) {
    const email = `${role.toLowerCase()}-${tag}@example.test`;
    users[role] = await ds
      .getRepository(User)
      .save(
        ds
          .getRepository(User)
          .create({ name: `${role} ${tag}`, email, passwordHash: hash, emailVerifiedAt: new Date() }),
      );
    emails[role] = email;
    await ds.getRepository(Membership).insert({ userId: users[role].id, workspaceId: workspace.id, role });
  }
  return { workspace, users, emails };
}

export async function signIn(server: TestServer, email: string): Promise<TestClient> {
  const client = new TestClient(server.url);
  const res = await client.gql(
    `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { viewer { user { id } } } }`,
    {
      e: email,
      p: PASSWORD,
    },
  );
  if (res.errors) throw new Error(`sign in failed: ${JSON.stringify(res.errors)}`);
  if (!res.data.signIn.viewer) throw new Error('sign in needs a two-factor code (see two-factor tests)');
  return client;
}

/** Inserts a client (and contacts) directly, for tests that are not about creation. */
export async function insertClient(
  ds: DataSource,
  workspaceId: string,
  data: Partial<Client> = {},
  contacts: Omit<Partial<Contact>, 'client'>[] = [],
): Promise<Client> {
  const client = await ds
    .getRepository(Client)
    .save(
      ds
        .getRepository(Client)
        .create({ workspaceId, name: `Client ${randomUUID().slice(0, 6)}`, status: 'ACTIVE', ...data }),
    );
  for (const c of contacts)
    await ds.getRepository(Contact).insert({ workspaceId, clientId: client.id, name: 'Someone', ...c });
  await refreshClientSearchText(ds.manager, client.id);
  return client;
}
