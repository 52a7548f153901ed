import type { Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { unauthenticated, type Permission } from '@clientflow/domain';
import type { CookieSettings } from '../auth/cookies';
import { resolveViewer, type AppAudience, type PortalViewer, type StaffViewer, type Viewer } from '../auth/viewer';
import { TenantScope } from '../db/tenant-scope';
import { clientIp, type TrustFn } from '../http/client-ip';
import type { AppModule, Loaders, Services } from '../module';

export interface Context {
  viewer: Viewer;
  /** The real client address (trusted proxies only, see client-ip.ts): rate limits, sessions and the audit log. */
  ip: string;
  userAgent: string;
  /** Present for HTTP operations; a no-op stand-in for graphql-ws (cookies cannot be set over a socket). */
  res: Response;
  cookieSettings: CookieSettings;
  services: Services;
  /** Built on first use (a subscription event that selects no relation builds none). */
  readonly loaders: Loaders;
  /** Fresh loaders (empty caches): a long-lived subscription calls it for each event it resolves. */
  renewLoaders(): void;
  /** The caller's tenant scope; UNAUTHENTICATED for anonymous callers. */
  scope(): TenantScope;
  staff(): StaffViewer;
  portal(): PortalViewer;
  can(permission: Permission): boolean;
}

export async function createContext(params: {
  req: IncomingMessage;
  res?: Response;
  audience: AppAudience;
  services: Services;
  modules: readonly AppModule[];
  dataSource: DataSource;
  cookieSettings: CookieSettings;
  trustProxy: TrustFn;
}): Promise<Context> {
  const { req, services, dataSource } = params;
  const viewer = await resolveViewer(req, params.audience, { dataSource, tokens: services.tokens });
  let scope: TenantScope | undefined;
  const getScope = () => {
    if (viewer.kind === 'anonymous') throw unauthenticated();
    scope ??= TenantScope.forViewer(dataSource.manager, viewer);
    return scope;
  };
  let loaders: Loaders | undefined;
  const context: Context = {
    viewer,
    ip: clientIp(req, params.trustProxy),
    userAgent: String(req.headers['user-agent'] ?? '').slice(0, 500),
    res: params.res ?? noResponse,
    cookieSettings: params.cookieSettings,
    services,
    get loaders() {
      loaders ??= createLoaders(params.modules, dataSource, getScope);
      return loaders;
    },
    renewLoaders: () => {
      loaders = undefined;
    },
    scope: getScope,
    staff: () => {
      if (viewer.kind !== 'staff') throw unauthenticated();
      return viewer;
    },
    portal: () => {
      if (viewer.kind !== 'portal') throw unauthenticated();
      return viewer;
    },
    can: (permission) => viewer.kind === 'staff' && viewer.permissions.includes(permission),
  };
  return context;
}

const noResponse = {
  cookie: () => {
    throw new Error('Cookies cannot be set from a subscription');
  },
  clearCookie: () => {
    throw new Error('Cookies cannot be set from a subscription');
  },
} as unknown as Response;

/** Every module's loaders for one request, built in module order. */
function createLoaders(modules: readonly AppModule[], dataSource: DataSource, scope: () => TenantScope): Loaders {
  const loaders = {} as Loaders;
  for (const m of modules) if (m.loaders) Object.assign(loaders, m.loaders(scope, { dataSource, loaders }));
  return loaders;
}
