import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { passwordLengthHint } from '../lib/password-hint';

/** A new-password field with the live length hint; the form's error replaces the hint when there is one. */
export function NewPasswordInput(props: PasswordInputProps) {
  const value = typeof props.value === 'string' ? props.value : '';
  return (
    <PasswordInput
      autoComplete="new-password"
      required
      description={props.error ? undefined : passwordLengthHint(value)}
      {...props}
    />
  );
}
