const { TestEnvironment } = require('jest-environment-jsdom');

// Web globals Node has but jsdom leaves out; react-router builds a Request on every navigation.
const NODE_GLOBALS = ['TextEncoder', 'TextDecoder', 'Request', 'Response', 'Headers'];

class PortalTestEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of NODE_GLOBALS) this.global[name] = globalThis[name];
  }
}

module.exports = PortalTestEnvironment;
