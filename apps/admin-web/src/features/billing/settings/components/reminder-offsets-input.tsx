import { useState } from 'react';
import { Badge, Button, CloseButton, Group, NumberInput, Stack, Text } from '@mantine/core';
import { MAX_REMINDER_OFFSET_DAYS } from '@clientflow/domain';
import { offsetLabel } from '../lib/billing-settings-values';

interface ReminderOffsetsInputProps {
  value: number[];
  onChange(offsets: number[]): void;
  error?: React.ReactNode;
  disabled?: boolean;
}

/** Reminder days relative to the due date as removable chips, plus a field to add one (−3 = three days before). */
export function ReminderOffsetsInput({ value, onChange, error, disabled }: ReminderOffsetsInputProps) {
  const [draft, setDraft] = useState<number | string>('');
  const sorted = [...value].sort((a, b) => a - b);
  const add = () => {
    const n = Number(draft);
    if (draft === '' || !Number.isInteger(n) || value.includes(n)) return;
    onChange([...value, n].sort((a, b) => a - b));
    setDraft('');
  };
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        Reminder schedule
      </Text>
      <Text size="xs" c="dimmed">
        Days from the due date: negative before it, 0 on it, positive after. Each reminder is sent once; none once paid.
      </Text>
      <Group gap="xs" aria-label="Reminder days" role="list">
        {sorted.length ? (
          sorted.map((days) => (
            // Mantine's Pill hides its remove button from keyboards and screen readers; a badge + close button does not.
            <Badge
              key={days}
              role="listitem"
              size="lg"
              variant="light"
              tt="none"
              rightSection={
                disabled ? undefined : (
                  <CloseButton
                    size="xs"
                    aria-label={`Remove the reminder ${offsetLabel(days).toLowerCase()}`}
                    onClick={() => onChange(value.filter((d) => d !== days))}
                  />
                )
              }
            >
              {offsetLabel(days)}
            </Badge>
          ))
        ) : (
          <Text size="sm" c="dimmed">
            No reminders.
          </Text>
        )}
      </Group>
      <Group gap="xs" align="flex-start">
        <NumberInput
          aria-label="Reminder day"
          placeholder="e.g. -3 or 7"
          allowDecimal={false}
          min={-MAX_REMINDER_OFFSET_DAYS}
          max={MAX_REMINDER_OFFSET_DAYS}
          value={draft}
          onChange={setDraft}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          disabled={disabled}
          w={140}
          error={error}
        />
        <Button variant="default" onClick={add} disabled={disabled || draft === ''}>
          Add reminder
        </Button>
      </Group>
    </Stack>
  );
}
