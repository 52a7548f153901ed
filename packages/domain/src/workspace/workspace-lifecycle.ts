import { badInput } from '../errors/domain-error';

export const WORKSPACE_SLUG_MIN = 3;
export const WORKSPACE_SLUG_MAX = 48;

/**
 * Addresses no workspace may take: they name (or may one day name) the apps' own paths and hosts (`/p/<slug>/…` on
 * the portal, possible sub-domains), or would mislead a client reading the URL. Sign-up derives addresses under the
 * same rules (`accounts/sign-up.ts`).
 */
export const RESERVED_WORKSPACE_SLUGS: ReadonlySet<string> = new Set([
  'about', 'account', 'accounts', 'admin', 'api', 'app', 'assets', 'auth', 'billing', 'blog', 'clientflow', 'dev',
  'docs', 'files', 'forgot-password', 'graphql', 'help', 'invite', 'invitations', 'login', 'logout', 'mail', 'me',
  'new', 'null', 'p', 'portal', 'reset-password', 'root', 'security', 'settings', 'sign-in', 'sign-out', 'sign-up',
  'signin', 'signup', 'static', 'status', 'support', 'system', 'undefined', 'verify-email', 'www',
]); // prettier-ignore

export const isReservedWorkspaceSlug = (slug: string) => RESERVED_WORKSPACE_SLUGS.has(slug.toLowerCase());

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A workspace address (`/p/<slug>/…`): lower-case letters, digits and single hyphens between them, 3–48 characters,
 * not a reserved word. Surrounding spaces are dropped and letters lower-cased; anything else is refused, not fixed.
 */
export function validateWorkspaceSlug(input: string): string {
  const slug = input.trim().toLowerCase();
  if (slug.length < WORKSPACE_SLUG_MIN || slug.length > WORKSPACE_SLUG_MAX)
    throw badInput('slug', `The address must be ${WORKSPACE_SLUG_MIN} to ${WORKSPACE_SLUG_MAX} characters long`);
  if (!SLUG.test(slug))
    throw badInput(
      'slug',
      'Use only lower-case letters, digits and hyphens (not at the start or end, and not two in a row)',
    );
  if (isReservedWorkspaceSlug(slug)) throw badInput('slug', `"${slug}" is reserved; choose another address`);
  return slug;
}

/** Deleting a workspace needs its exact name typed (surrounding spaces aside; case matters). */
export function assertDeletionConfirmed(workspaceName: string, typed: string): void {
  if (typed.trim() !== workspaceName.trim())
    throw badInput('confirmName', 'Type the workspace name exactly as shown to confirm');
}

export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** `{ field: { from, to } }` for the fields of `patch` whose value differs from `before` (for the audit log). */
export function changedFields<T extends object>(before: T, patch: Partial<T>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(patch) as (keyof T & string)[]) {
    const from = before[key] ?? null;
    const to = patch[key] ?? null;
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}
