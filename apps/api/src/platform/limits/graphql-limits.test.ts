import { parse } from 'graphql';
import { assertQueryLimits } from './graphql-limits';

const limits = { depth: 4, aliases: 2, cost: 100 };
const check = (q: string, vars?: Record<string, unknown>) => () => assertQueryLimits(parse(q), undefined, vars, limits);

describe('query limits', () => {
  it('measures depth through fragments', () => {
    expect(check('{ a { b { c { d } } } }')).not.toThrow();
    expect(check('{ a { ...F } } fragment F on T { b { c { d { e } } } }')).toThrow(/depth 5/);
  });

  it('counts aliases anywhere in the operation', () => {
    expect(check('{ x: a y: a }')).not.toThrow();
    expect(check('{ x: a y: a b { z: c } }')).toThrow(/3 aliases/);
  });

  it('multiplies cost by requested page sizes, from literals and variables', () => {
    expect(check('{ clients(page: { limit: 10 }) { nodes { id name } } }')).not.toThrow();
    expect(
      check('query($p: PageInput) { clients(page: $p) { nodes { id name contacts { id } } } }', { p: { limit: 50 } }),
    ).toThrow(/cost/);
  });
});
