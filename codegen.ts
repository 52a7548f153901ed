import type { CodegenConfig } from '@graphql-codegen/cli';

// Generated from the schema file the API emits (never from a running server).
// Each SPA gets its own module of typed documents in packages/graphql-types (typescript-operations 6 emits the
// enum and input types an operation uses, so the base `typescript` plugin would only duplicate them).
const plugins = ['typescript-operations', 'typed-document-node'];
const config: CodegenConfig = {
  schema: 'packages/graphql-types/schema.graphql',
  overwrite: true,
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
    scalars: { DateTimeISO: 'string', SafeInt: 'number', ID: 'string' },
  },
  generates: {
    'packages/graphql-types/src/admin.ts': { documents: 'apps/admin-web/src/**/*.graphql', plugins },
    'packages/graphql-types/src/portal.ts': { documents: 'apps/portal-web/src/**/*.graphql', plugins },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
