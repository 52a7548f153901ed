import { canonicalJson, requestHash, validateIdempotencyKey } from './idempotency-request';

describe('idempotency request helpers', () => {
  it('canonical JSON sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: undefined, w: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"w":null,"y":1}]},"b":1}',
    );
    expect(requestHash({ a: 1, b: 2 })).toBe(requestHash({ b: 2, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: '1' }));
  });

  it('keys are 1–255 visible ASCII characters', () => {
    expect(validateIdempotencyKey('0b7c1d9e-2f3a-4c5b-8d6e-7f8091a2b3c4')).toBe('0b7c1d9e-2f3a-4c5b-8d6e-7f8091a2b3c4');
    expect(validateIdempotencyKey('~'.repeat(255))).toHaveLength(255);
    for (const bad of ['', 'a'.repeat(256), 'with space', 'new\nline', 'nul\u0000', 'ção'])
      expect(() => validateIdempotencyKey(bad)).toThrow(expect.objectContaining({ field: 'idempotencyKey' }));
  });
});
