import type { SavedViewFieldsFragment, SavedViewInput } from '@clientflow/graphql-types/admin';
import { DEFAULT_DIRECTION, DEFAULT_LIST_PARAMS, type ClientListParams } from '../../clients/lib/client-list-params';

/** The list params a saved view stands for (page 1). */
export function paramsFromSavedView(view: SavedViewFieldsFragment): ClientListParams {
  const f = view.filters;
  return {
    ...DEFAULT_LIST_PARAMS,
    search: f.search ?? '',
    statuses: [...(f.status ?? [])],
    includeArchived: f.includeArchived,
    hasProjects: f.hasProjects == null ? 'any' : f.hasProjects ? 'yes' : 'no',
    industries: [...(f.industries ?? [])],
    sizes: [...(f.sizes ?? [])],
    tags: [...(f.tags ?? [])],
    managers: [...(f.accountManagerIds ?? [])],
    customFields: (f.customFields ?? []).map(({ key, value }) => ({ key, value })),
    tenure: f.tenure ?? null,
    valueMin: f.valueMin ?? null,
    valueBelow: f.valueBelow ?? null,
    sortField: view.sort.field,
    sortDirection: view.sort.direction ?? DEFAULT_DIRECTION[view.sort.field],
    view: view.viewMode,
  };
}

export function savedViewInput(name: string, params: ClientListParams): SavedViewInput {
  return {
    name,
    viewMode: params.view,
    sort: { field: params.sortField, direction: params.sortDirection },
    filters: {
      includeArchived: params.includeArchived,
      ...(params.search ? { search: params.search } : {}),
      ...(params.statuses.length ? { status: params.statuses } : {}),
      ...(params.hasProjects !== 'any' ? { hasProjects: params.hasProjects === 'yes' } : {}),
      ...(params.industries.length ? { industries: params.industries } : {}),
      ...(params.sizes.length ? { sizes: params.sizes } : {}),
      ...(params.tags.length ? { tags: params.tags } : {}),
      ...(params.managers.length ? { accountManagerIds: params.managers } : {}),
      ...(params.customFields.length ? { customFields: params.customFields } : {}),
      ...(params.tenure ? { tenure: params.tenure } : {}),
      ...(params.valueMin != null ? { valueMin: params.valueMin } : {}),
      ...(params.valueBelow != null ? { valueBelow: params.valueBelow } : {}),
    },
  };
}
