import { useState } from 'react';
import { NumberInput, type NumberInputProps } from '@mantine/core';
import { bpsToPercent, currencyDecimals, fromMinorUnits, percentToBps, toMinorUnits } from '@clientflow/domain';

interface ScaledNumberInputProps extends Omit<NumberInputProps, 'value' | 'onChange'> {
  /** The stored integer (minor units, basis points), null when empty. */
  value: number | null;
  onChange(value: number | null): void;
  toScaled(typed: number | string): number | null;
  fromScaled(stored: number): number;
  /** What an empty field stores. */
  emptyValue?: number | null;
}

/**
 * A number input that shows a decimal (12.50, 7.25) and stores an integer. It keeps what the person typed ("12.")
 * while the stored value is the same, so the cursor never jumps.
 */
function ScaledNumberInput({
  value,
  onChange,
  toScaled,
  fromScaled,
  emptyValue = null,
  ...props
}: ScaledNumberInputProps) {
  const [text, setText] = useState<number | string>(value === null ? '' : fromScaled(value));
  // A new value from outside replaces the text unless the text already means it.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    if ((text === '' ? emptyValue : toScaled(text)) !== value) setText(value === null ? '' : fromScaled(value));
  }
  return (
    <NumberInput
      {...props}
      value={text}
      onChange={(typed) => {
        setText(typed);
        onChange(typed === '' ? emptyValue : toScaled(typed));
      }}
    />
  );
}

function currencySymbol(currency: string, locale: string): string {
  const parts = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
  }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

type MoneyInputProps = Omit<ScaledNumberInputProps, 'toScaled' | 'fromScaled' | 'emptyValue'> & {
  currency: string;
  locale: string;
};

/** Money typed in the currency's units, stored in minor units. */
export function MoneyInput({ currency, locale, ...props }: MoneyInputProps) {
  return (
    <ScaledNumberInput
      min={0}
      decimalScale={currencyDecimals(currency)}
      thousandSeparator=","
      leftSection={currencySymbol(currency, locale)}
      allowNegative={false}
      hideControls
      {...props}
      toScaled={(typed) => toMinorUnits(String(typed).replace(/,/g, ''), currency)}
      fromScaled={(minor) => fromMinorUnits(minor, currency)}
    />
  );
}

type PercentInputProps = Omit<
  ScaledNumberInputProps,
  'toScaled' | 'fromScaled' | 'value' | 'onChange' | 'emptyValue'
> & {
  value: number;
  onChange(bps: number): void;
};

/** A percentage with two decimals, stored in basis points (empty means 0). */
export function PercentInput({ value, onChange, ...props }: PercentInputProps) {
  return (
    <ScaledNumberInput
      min={0}
      max={100}
      decimalScale={2}
      suffix="%"
      allowNegative={false}
      hideControls
      {...props}
      value={value}
      emptyValue={0}
      onChange={(bps) => onChange(bps ?? 0)}
      toScaled={(typed) => percentToBps(String(typed).replace('%', ''))}
      fromScaled={bpsToPercent}
    />
  );
}
