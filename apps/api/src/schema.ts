import 'reflect-metadata';
import path from 'node:path';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { MODULES } from './modules';
import { authChecker } from './platform/auth/auth-checker';
import { resolversOf } from './platform/module';
import { subscribeFunctionsOnly } from './platform/realtime/live-subscribe';

export const SCHEMA_FILE = path.resolve(__dirname, '../../../packages/graphql-types/schema.graphql');

/** The GraphQL schema of every module's resolvers. */
export function createSchema(opts: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: resolversOf(MODULES),
    pubSub: subscribeFunctionsOnly,
    authChecker,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: opts.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
