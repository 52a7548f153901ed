import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request SQL statement counter; the benchmark reads it from the `x-sql-queries` response header. */
const storage = new AsyncLocalStorage<{ count: number }>();

export const runWithQueryCounter = <T>(fn: () => T) => storage.run({ count: 0 }, fn);
export const countQuery = () => {
  const store = storage.getStore();
  if (store) store.count += 1;
};
export const currentQueryCount = () => storage.getStore()?.count ?? 0;
