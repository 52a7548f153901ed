import { parse } from 'graphql';
import { findNulInput } from './nul-input';

const NUL = '\u0000';
const find = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  findNulInput(parse(query), operationName, variables);

describe('findNulInput', () => {
  it('names the argument path of a NUL in variables, at any depth', () => {
    expect(find('mutation($i: In!) { f(input: $i) { id } }', { i: { a: { b: ['x', `y${NUL}`] } } })).toBe(
      'input.a.b.1',
    );
    expect(find('query($s: String) { f(filter: { search: $s }) }', { s: NUL })).toBe('filter.search');
    expect(find('query($s: [String]) { f(ids: ["a", $s]) }', { s: [NUL] })).toBe('ids.1.0');
  });

  it('finds NULs in string literals, variable defaults, JSON object keys, directives and fragments', () => {
    expect(find('{ f(name: "a\\u0000") }')).toBe('name');
    expect(find('query($s: String = "\\u0000") { f(search: $s) }')).toBe('search');
    expect(find('query($s: String = "\\u0000") { f(search: $s) }', { s: 'given' })).toBeNull();
    expect(find('query($j: JSON) { f(values: $j) }', { j: { [`k${NUL}`]: 1 } })).toBe('values');
    expect(find('query($b: String) { f @mark(note: $b) }', { b: NUL })).toBe('note');
    expect(find('{ ...A } fragment A on Query { ... on Query { g { h(x: "\\u0000") } } }')).toBe('x');
  });

  it('checks only the operation that runs, and ignores variables it does not use', () => {
    const doc = 'query A { f(x: "\\u0000") } query B($v: String) { f(x: $v) }';
    expect(find(doc, { v: 'ok' }, 'B')).toBeNull();
    expect(find(doc, undefined, 'A')).toBe('x');
    expect(find('query($v: String) { f(x: $v) }', { v: 'ok', unused: NUL })).toBeNull();
  });

  it('accepts other control characters and walks very deep variables without recursion', () => {
    expect(find('query($v: String) { f(x: $v) }', { v: 'tab\tnew\nline\u0001' })).toBeNull();
    let deep: unknown = NUL;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(find('query($v: JSON) { f(x: $v) }', { v: deep })).toMatch(/^x(\.0)+$/);
  });
});
