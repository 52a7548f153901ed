/** Feed order: newest `occurredAt` first, ties broken by id (the API's keyset order). */
export function newestFirst(a: { occurredAt: string; id: string }, b: { occurredAt: string; id: string }): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}
