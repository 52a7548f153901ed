import { dictionary } from '@zxcvbn-ts/language-common';
import { assertPasswordAcceptable, type PasswordContext } from '@clientflow/domain';

/** ~49,000 common and breached passwords (zxcvbn-ts' list), loaded once, compared case-folded. */
let common: Set<string> | undefined;
const commonPasswords = () =>
  (common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase())));

export const isCommonPassword = (password: string) => commonPasswords().has(password.toLowerCase());

/** The domain's password rules with the common-password list: BAD_USER_INPUT on `field` when refused. */
export function assertStrongPassword(
  password: string,
  context: Omit<PasswordContext, 'isCommon'> = {},
  field = 'password',
): void {
  assertPasswordAcceptable(password, { ...context, isCommon: isCommonPassword }, field);
}
