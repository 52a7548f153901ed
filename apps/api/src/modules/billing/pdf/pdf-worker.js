'use strict';
// Worker-thread entry (plain JS so it loads anywhere, Jest included): compile TypeScript with swc like the API
// process does, then serve render requests. react-pdf is imported natively inside, never through a test runner.
require('@swc-node/register');
require('./pdf-worker.main.ts');
