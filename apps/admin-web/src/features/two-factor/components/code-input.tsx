import { useId } from 'react';
import { Input, PinInput } from '@mantine/core';

interface CodeInputProps {
  value: string;
  onChange: (value: string) => void;
  /** Called with the 6 digits once the last one is typed or pasted. */
  onComplete?: (value: string) => void;
  error?: string | null;
  label?: string;
  description?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

/** The 6-digit code from an authenticator app: one box per digit, paste and the phone's one-time-code autofill work. */
export function CodeInput({
  value,
  onChange,
  onComplete,
  error,
  label = 'Authentication code',
  description,
  disabled,
  autoFocus,
}: CodeInputProps) {
  const labelId = useId();
  return (
    <Input.Wrapper label={label} labelProps={{ id: labelId }} description={description} error={error}>
      <PinInput
        role="group"
        aria-labelledby={labelId}
        length={6}
        type="number"
        inputMode="numeric"
        oneTimeCode
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the code is the only thing this step asks for
        autoFocus={autoFocus}
        value={value}
        onChange={onChange}
        onComplete={onComplete}
        error={Boolean(error)}
        disabled={disabled}
        mt={description ? 4 : 2}
        getInputProps={(index) => ({ 'aria-label': `${label}, digit ${index + 1} of 6` })}
      />
    </Input.Wrapper>
  );
}
