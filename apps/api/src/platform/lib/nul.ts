/**
 * PostgreSQL refuses U+0000 in text and jsonb, so no input may carry it: GraphQL operations (`graphql/nul-input.ts`),
 * URLs (`http/nul-guard.ts`) and multipart parts (`http/multipart.ts`) are refused before anything runs, with the
 * field named. Nothing is stripped silently.
 */
export const hasNul = (value: string): boolean => value.includes('\u0000');

export const nulMessage = (field: string): string => `${field} must not contain NUL characters`;
