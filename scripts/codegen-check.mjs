#!/usr/bin/env node
// Fails when packages/graphql-types differs from what the API's schema and the SPAs' documents generate.
import { codegen, run } from './lib.mjs';

codegen();
run('git', ['diff', '--exit-code', '--stat', '--', 'packages/graphql-types']);
console.log('generated GraphQL types are current');
