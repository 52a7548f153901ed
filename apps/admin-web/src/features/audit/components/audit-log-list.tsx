import { Badge, Box, Group, Paper, Stack, Table, Text } from '@mantine/core';
import type { AuditLogQuery } from '@clientflow/graphql-types/admin';

export type AuditRow = AuditLogQuery['auditLog']['items'][number];

const ACTION_COLORS: Record<string, string> = {
  'auth.signInFailed': 'red',
  'twoFactor.failed': 'red',
  'member.removed': 'orange',
  'workspace.deletionRequested': 'red',
  'session.revokedAll': 'orange',
};

function when(iso: string, locale: string, timeZone: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

function Changes({ row }: { row: AuditRow }) {
  if (!row.changes.length) return null;
  return (
    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {row.changes
        .map((c) => (c.from == null ? `${c.field}: ${c.to ?? '—'}` : `${c.field}: ${c.from} → ${c.to ?? '—'}`))
        .join(' · ')}
    </Text>
  );
}

function What({ row }: { row: AuditRow }) {
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Badge size="sm" variant="light" color={ACTION_COLORS[row.action] ?? 'gray'} tt="none">
          {row.actionLabel}
        </Badge>
        {row.targetLabel && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {row.targetLabel}
          </Text>
        )}
      </Group>
      <Changes row={row} />
    </Stack>
  );
}

/** The audit rows: a table from the small-tablet width up, stacked cards on phones (nothing scrolls sideways). */
export function AuditLogList({ rows, locale, timeZone }: { rows: AuditRow[]; locale: string; timeZone: string }) {
  return (
    <>
      <Box visibleFrom="sm">
        <Table verticalSpacing="sm" highlightOnHover aria-label="Audit log">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>When</Table.Th>
              <Table.Th w={220}>Who</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th w={200}>From</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Text size="sm">{when(row.createdAt, locale, timeZone)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {row.actorLabel}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <What row={row} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{row.ip}</Text>
                  <Text size="xs" c="dimmed">
                    {row.device}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Audit log">
        {rows.map((row) => (
          <Paper key={row.id} component="li" withBorder p="sm" radius="md">
            <Stack gap={4}>
              <What row={row} />
              <Text size="xs">{row.actorLabel}</Text>
              <Text size="xs" c="dimmed">
                {when(row.createdAt, locale, timeZone)} · {row.ip} · {row.device}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
