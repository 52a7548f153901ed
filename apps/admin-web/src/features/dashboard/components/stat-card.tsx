import type { ReactNode } from 'react';
import { Group, Paper, Skeleton, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';

interface StatCardProps {
  label: string;
  value: ReactNode;
  hint?: string;
  to: string;
  icon: ReactNode;
  color?: string;
  loading?: boolean;
}

/** One dashboard number; the whole card links to the list it counts. */
export function StatCard({ label, value, hint, to, icon, color = 'blue', loading }: StatCardProps) {
  return (
    <UnstyledButton component={Link} to={to} aria-label={`${label}: open the list`} style={{ display: 'block' }}>
      <Paper withBorder p="md" radius="md" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {label}
            </Text>
            {loading ? (
              <Skeleton height={30} width={80} mt={6} />
            ) : (
              <Text fw={700} fz={28} lh={1.3}>
                {value}
              </Text>
            )}
            {hint && (
              <Text size="xs" c="dimmed" mt={2}>
                {hint}
              </Text>
            )}
          </div>
          <ThemeIcon variant="light" color={color} size={38} radius="md">
            {icon}
          </ThemeIcon>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}
