import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import { unauthenticated, type Permission } from '@clientflow/domain';
import type { CookieSettings } from '../auth/cookies';
import { resolveViewer, type AppAudience, type PortalViewer, type StaffViewer, type Viewer } from '../auth/viewer';
import { TenantScope } from '../db/tenant-scope';
import { createClientLoaders } from '../../modules/clients/client.loaders';
import { createIdentityLoaders } from '../../modules/identity/identity.loaders';
import { createCustomFieldLoaders } from '../../modules/custom-fields/custom-field.loaders';
import { createTimelineLoaders } from '../../modules/timeline/timeline.loaders';
import { createProjectLoaders } from '../../modules/projects/project.loaders';
import { createDeliverableLoaders } from '../../modules/deliverables/deliverable.loaders';
import type { Services } from '../services';
import { createTimeLoaders } from '../../modules/time/time.loaders';
import { createMetricsLoaders } from '../../modules/metrics/client-metrics.loaders';
import { createStatementLoaders } from '../../modules/billing/payments/statement.loaders';
import { createInvoicingLoaders } from '../../modules/billing/billing.loaders';
import { createPortalContentLoaders } from '../../modules/portal-content/portal-content.loaders';
import { createRecurringLoaders } from '../../modules/billing/recurring/recurring.loaders';
import { createTicketLoaders } from '../../modules/tickets/ticket.loaders';

export interface Context {
  viewer: Viewer;
  ip: string;
  /** Present for HTTP operations; a no-op stand-in for graphql-ws (cookies cannot be set over a socket). */
  res: Response;
  cookieSettings: CookieSettings;
  services: Services;
  /** Built on first use (a subscription event that selects no relation builds none). */
  readonly loaders: ReturnType<typeof createLoaders>;
  /** Fresh loaders (empty caches): a long-lived subscription calls it for each event it resolves. */
  renewLoaders(): void;
  /** The caller's tenant scope; UNAUTHENTICATED for anonymous callers. */
  scope(): TenantScope;
  staff(): StaffViewer;
  portal(): PortalViewer;
  can(permission: Permission): boolean;
}

function createLoaders(dataSource: DataSource, scope: () => TenantScope) {
  const time = createTimeLoaders(scope);
  return {
    ...time,
    ...createMetricsLoaders(scope, time.timeTotalsByClient),
    ...createClientLoaders(scope),
    ...createIdentityLoaders(dataSource, () => scope().workspaceId),
    ...createCustomFieldLoaders(scope),
    ...createTimelineLoaders(scope),
    ...createProjectLoaders(scope),
    ...createDeliverableLoaders(scope),
    ...createStatementLoaders(scope),
    ...createInvoicingLoaders(scope),
    ...createPortalContentLoaders(scope),
    ...createRecurringLoaders(scope),
    ...createTicketLoaders(scope),
  };
}

export async function createContext(params: {
  req: IncomingMessage;
  res?: Response;
  audience: AppAudience;
  services: Services;
  dataSource: DataSource;
  cookieSettings: CookieSettings;
}): Promise<Context> {
  const { req, services, dataSource } = params;
  const viewer = await resolveViewer(req, params.audience, { dataSource, tokens: services.tokens });
  let scope: TenantScope | undefined;
  const getScope = () => {
    if (viewer.kind === 'anonymous') throw unauthenticated();
    scope ??= new TenantScope(
      dataSource.manager,
      viewer.workspaceId,
      viewer.kind === 'portal' ? viewer.clientId : null,
      viewer.kind === 'staff' && !viewer.permissions.includes('client.viewAll') ? viewer.userId : null,
    );
    return scope;
  };
  let loaders: ReturnType<typeof createLoaders> | undefined;
  const context: Context = {
    viewer,
    ip: (req as Request).ip ?? req.socket.remoteAddress ?? 'unknown',
    res: params.res ?? noResponse,
    cookieSettings: params.cookieSettings,
    services,
    get loaders() {
      loaders ??= createLoaders(dataSource, getScope);
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
