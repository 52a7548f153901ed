import { badInput } from '../errors/domain-error';

/**
 * Password rules after NIST SP 800-63B: a minimum length, a generous maximum, no composition rules (no "one digit,
 * one symbol"), and refusal of passwords that are common, breached or built from the account's own words. Spaces
 * and any Unicode are allowed; nothing is trimmed or truncated.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  email?: string | null;
  /** The person's and the agency's names: a password made of them is easy to guess. */
  words?: (string | null | undefined)[];
  /** True when the password is on a list of common or breached passwords (the API passes its list). */
  isCommon?: (password: string) => boolean;
}

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters`;
  if (/^(.)\1*$/u.test(password)) return 'Avoid a single repeated character';
  const folded = password.toLowerCase();
  if (context.isCommon?.(folded)) return 'This password is too common; choose a less predictable one';
  const own = [context.email?.split('@')[0], context.email, ...(context.words ?? []), 'clientflow']
    .map((w) => (w ?? '').toLowerCase().replace(/\s+/g, ''))
    .filter((w) => w.length >= 4);
  const compact = folded.replace(/[\s\d\W_]+/gu, '');
  if (own.some((w) => folded.replace(/\s+/g, '') === w || compact === w.replace(/[\s\d\W_]+/gu, '')))
    return 'Do not use your name, email or agency name as the password';
  return null;
}

/** Throws BAD_USER_INPUT on `field` when the password is refused. */
export function assertPasswordAcceptable(password: string, context: PasswordContext = {}, field = 'password'): void {
  const problem = passwordProblem(password, context);
  if (problem) throw badInput(field, problem);
}
