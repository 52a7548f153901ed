import { badInput } from '../errors/domain-error';
import { isEmail, normalizeEmail } from '../validation/text';
import { isReservedWorkspaceSlug, WORKSPACE_SLUG_MAX } from '../workspace/workspace-lifecycle';

const NAME_MAX_LENGTH = 100;

/** The address part an agency name gives: lower-case ASCII words joined by `-` (`Ação Studio` → `acao-studio`). */
export function workspaceSlugBase(agencyName: string): string {
  const base = agencyName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, WORKSPACE_SLUG_MAX)
    .replace(/-+$/, '');
  return base || 'agency';
}

/** `base` when free, else `base-2`, `base-3`… (shortened so the suffix fits the length limit). */
export function uniqueWorkspaceSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, WORKSPACE_SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

export interface SignUpFields {
  name: string;
  email: string;
  agencyName: string;
}

/** Trims and checks the person's name, email and agency name (the password has its own policy). */
export function validateSignUpFields(input: SignUpFields): SignUpFields {
  const name = input.name.trim().replace(/\s+/g, ' ');
  if (!name) throw badInput('name', 'Enter your name');
  if (name.length > NAME_MAX_LENGTH) throw badInput('name', `Use at most ${NAME_MAX_LENGTH} characters`);
  const email = normalizeEmail(input.email);
  if (!email) throw badInput('email', 'Enter your email');
  if (!isEmail(email)) throw badInput('email', 'Enter a valid email address');
  const agencyName = input.agencyName.trim().replace(/\s+/g, ' ');
  if (!agencyName) throw badInput('agencyName', 'Enter the name of your agency');
  if (agencyName.length > NAME_MAX_LENGTH) throw badInput('agencyName', `Use at most ${NAME_MAX_LENGTH} characters`);
  if (isReservedWorkspaceSlug(workspaceSlugBase(agencyName)))
    throw badInput('agencyName', 'This name is reserved; add a word, like "Admin Studio"');
  return { name, email, agencyName };
}
