import { defineModule } from '../../platform/module';
import { ClientCustomFieldsResolver } from './client-custom-fields.resolver';
import { CustomFieldDefinition } from './custom-field-definition.entity';
import { createCustomFieldLoaders } from './custom-field.loaders';
import { CustomFieldDefinitionResolver } from './custom-field.resolver';
import { seedCustomFields } from './custom-field.seed';
import { CustomFieldService } from './custom-field.service';

declare module '../../platform/module' {
  interface Services {
    customFields: CustomFieldService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createCustomFieldLoaders> {}
}

/** Workspace-defined fields on clients (text, number, date, select, checkbox, URL). */
export const customFieldsModule = defineModule({
  name: 'custom-fields',
  entities: [CustomFieldDefinition],
  resolvers: [CustomFieldDefinitionResolver, ClientCustomFieldsResolver],
  services: { customFields: () => new CustomFieldService() },
  loaders: (scope) => createCustomFieldLoaders(scope),
  seed: (m, demo) => seedCustomFields(m, demo.northwindId),
});
