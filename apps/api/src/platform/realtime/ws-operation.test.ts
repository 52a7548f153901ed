import { buildSchema, type GraphQLError } from 'graphql';
import { wsOperation } from './ws-operation';

const schema = buildSchema(`type Query { hello: String } type Subscription { ticks: Int }`);
const limits = { depth: 10, aliases: 15, cost: 20000 };

describe('wsOperation', () => {
  it('refuses introspection over the socket when GRAPHQL_INTROSPECTION is off, as HTTP does', () => {
    const off = wsOperation(schema, { query: `{ __schema { types { name } } }` }, limits, { introspection: false });
    expect(Array.isArray(off)).toBe(true);
    expect((off as GraphQLError[])[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const on = wsOperation(schema, { query: `{ __schema { types { name } } }` }, limits, { introspection: true });
    expect(Array.isArray(on)).toBe(false);
    // An ordinary subscription is unaffected either way.
    expect(
      Array.isArray(wsOperation(schema, { query: 'subscription { ticks }' }, limits, { introspection: false })),
    ).toBe(false);
  });
});
