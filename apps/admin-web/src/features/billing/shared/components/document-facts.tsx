import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text } from '@mantine/core';

/** A small card of label → value rows (dates, project, source quote…); rows with no value are left out. */
export function DocumentFacts({ facts }: { facts: readonly [string, ReactNode | null | undefined][] }) {
  return (
    <Paper withBorder p="md">
      <Stack gap={6}>
        {facts
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([label, value]) => (
            <Group key={label} justify="space-between" gap="md" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {label}
              </Text>
              <Text size="sm" fw={500} ta="right" component="div">
                {value}
              </Text>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

/** Notes and terms as the client reads them. */
export function NotesAndTerms({ notes, terms }: { notes: string | null; terms: string | null }) {
  if (!notes && !terms) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {[
          ['Notes', notes],
          ['Terms', terms],
        ].map(([label, text]) =>
          text ? (
            <div key={label}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {label}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {text}
              </Text>
            </div>
          ) : null,
        )}
      </Stack>
    </Paper>
  );
}
