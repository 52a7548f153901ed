import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { CustomFieldDefinition } from './custom-field-definition.entity';
import { CustomFieldService } from './custom-field.service';

const service = new CustomFieldService();
const ALL = 'all';

/**
 * Per-request loaders: the workspace's definitions are read once however many clients a page shows,
 * and usage counts for a whole definitions table come from one query.
 */
export function createCustomFieldLoaders(scope: () => TenantScope) {
  const customFieldDefinitions = new DataLoader<typeof ALL, CustomFieldDefinition[]>(async (keys) => {
    const all = await service.list(scope(), true);
    return keys.map(() => all);
  });
  const customFieldUsage = new DataLoader<string, number>((keys) => service.usageByKey(scope(), keys));
  return {
    /** Every definition of the workspace (archived too), by position. */
    allCustomFieldDefinitions: () => customFieldDefinitions.load(ALL),
    customFieldUsage,
  };
}
export type CustomFieldLoaders = ReturnType<typeof createCustomFieldLoaders>;
