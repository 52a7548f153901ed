/** Groups a DataLoader batch's rows under the keys asked for, in the keys' order (a key without rows gets `[]`). */
export function groupByKey<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string | null): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key) map.get(key)?.push(row);
  }
  return keys.map((k) => map.get(k) ?? []);
}
