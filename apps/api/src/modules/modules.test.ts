import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { MODULES } from '.';
import type { TenantScope } from '../platform/db/tenant-scope';
import type { Loaders } from '../platform/module';
import { entitiesOf, liveTopicsOf, resolversOf } from '../platform/module';

const scope = (): TenantScope => {
  throw new Error('no scope in this test');
};

describe('MODULES', () => {
  it('gives every module a distinct name', () => {
    const names = MODULES.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('declares each loader, entity, resolver and live topic once', () => {
    const seen = new Map<string, string>();
    const loaders = {} as Loaders;
    for (const m of MODULES) {
      const own = m.loaders?.(scope, { dataSource: {} as DataSource, loaders }) ?? {};
      for (const key of Object.keys(own)) {
        expect([key, seen.get(key) ?? m.name]).toEqual([key, m.name]);
        seen.set(key, m.name);
      }
      Object.assign(loaders, own);
    }
    for (const list of [entitiesOf(MODULES), resolversOf(MODULES)]) expect(new Set(list).size).toBe(list.length);
    expect(() => liveTopicsOf(MODULES)).not.toThrow();
  });
});
