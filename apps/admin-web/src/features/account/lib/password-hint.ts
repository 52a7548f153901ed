import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@clientflow/domain';

/**
 * What the browser checks of a new password: the domain's length rules only (the common-password list and the
 * account's own words are checked by the server, whose message lands on the field).
 */
export function newPasswordError(value: string): string | null {
  if (!value) return 'Choose a password';
  const length = [...value].length;
  return length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH ? passwordProblem(value) : null;
}

/** The live hint under a new-password field. */
export function passwordLengthHint(value: string): string {
  const length = [...value].length;
  if (length >= PASSWORD_MIN_LENGTH) return 'Long enough. Avoid common passwords and your own name.';
  return `At least ${PASSWORD_MIN_LENGTH} characters (${length} so far). A few words make a good password.`;
}
