import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  notFound,
  PORTAL_ROW_RULES,
  portalProjectSelection,
  portalSees,
  type PortalPermission,
  type PortalProjectSelection,
  type PortalRowKind,
  type PortalRowRule,
  type PortalSight,
} from '@clientflow/domain';
import type { PortalViewer } from '../../platform/auth/viewer';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { Context } from '../../platform/graphql/context';
import { ClientPortalSettings } from './client-portal-settings.entity';

/** The client's project selection: which of its projects (and what belongs to them) the portal shows. */
export type PortalProjectSettings = PortalProjectSelection;

/** What every portal call needs: the client's scope, the contact, its permissions and the project selection. */
export interface PortalAccess {
  scope: TenantScope;
  viewer: PortalViewer;
  settings: PortalProjectSettings;
}

/** Portal lists answer at most this many rows. */
export const PORTAL_LIST_LIMIT = 200;

/** A client without a settings row shows all its projects (the same reading as the session's, `portalViewersOf`). */
export const projectSettingsOf = (row: ClientPortalSettings | null | undefined): PortalProjectSettings =>
  portalProjectSelection(row);

export const hasPortalPermission = (a: PortalAccess, p: PortalPermission) => a.viewer.permissions.includes(p);

/** The portal caller's scope, contact, permissions and project selection (loaded once per request). */
export async function portalAccess(ctx: Context): Promise<PortalAccess> {
  const viewer = ctx.portal();
  return { viewer, scope: ctx.scope(), settings: await ctx.loaders.portalProjectSettings.load(viewer.clientId) };
}

/** For the REST file routes (no GraphQL context): the same access the resolvers build from their loaders. */
export async function portalAccessFor(scope: TenantScope, viewer: PortalViewer): Promise<PortalAccess> {
  return { scope, viewer, settings: projectSettingsOf(await scope.query(ClientPortalSettings, 's').getOne()) };
}

/**
 * What the portal rule needs to read rows: the scope and the contact. A `PortalAccess` brings the project selection
 * from the request's loader (re-read per event in long subscriptions); without one, the selection read with the
 * session applies (`portalReader`, for rows no selection can hide: invoices, tickets — no extra query).
 */
export type PortalReader = Pick<PortalAccess, 'scope' | 'viewer'> & { settings?: PortalProjectSettings };

export const portalReader = (ctx: Context): PortalReader => ({ scope: ctx.scope(), viewer: ctx.portal() });

/** The caller as the portal rule reads it: its client, narrowed permissions and the project selection. */
export const sightOf = (a: PortalReader): PortalSight => ({
  clientId: a.viewer.clientId,
  permissions: a.viewer.permissions,
  projects: a.settings ?? a.viewer.projects,
});

/**
 * The portal's rows of one kind: the client's scope, then the domain's `portalSees` rule compiled to SQL — the same
 * rule the live topics apply to every event, so a list and a subscription cannot disagree.
 */
export function portalQuery<T extends ObjectLiteral>(
  a: PortalReader,
  entity: EntityTarget<T>,
  alias: string,
  kind: PortalRowKind,
): SelectQueryBuilder<T> {
  const rule: PortalRowRule = PORTAL_ROW_RULES[kind];
  const sight = sightOf(a);
  const qb = a.scope.query(entity, alias);
  const col = (name: string) => `${alias}."${name}"`;
  const param = (name: string) => `__portal_${alias}_${name}`;
  if (!sight.permissions.includes(rule.permission)) qb.andWhere('false');
  for (const c of rule.shared ?? []) qb.andWhere(`${col(c)} = true`);
  for (const c of rule.internal ?? []) qb.andWhere(`${col(c)} = false`);
  if (rule.hiddenStatuses)
    qb.andWhere(`${col('status')} <> ALL(:${param('hidden')})`, { [param('hidden')]: rule.hiddenStatuses });
  if (rule.project && !sight.projects.allProjects)
    qb.andWhere(`(${col(rule.project)} IS NULL OR ${col(rule.project)} = ANY(:${param('projects')}))`, {
      [param('projects')]: sight.projects.projectIds,
    });
  return qb;
}

/** One row by id, through the scope and then `portalSees`: NOT_FOUND when hidden, exactly like another client's id. */
export async function portalFind<T extends ObjectLiteral & { clientId: string | null }>(
  a: PortalReader,
  entity: EntityTarget<T>,
  id: string,
  kind: PortalRowKind,
  what: string,
): Promise<T> {
  const row = await a.scope.findById(entity, id, what);
  if (!portalSees(kind, row, sightOf(a))) throw notFound(what);
  return row;
}
