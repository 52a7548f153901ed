/** `['A', 'B']` → `{ A: 'A', B: 'B' }`: the object TypeGraphQL's `registerEnumType` wants, typed from the domain's list. */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
