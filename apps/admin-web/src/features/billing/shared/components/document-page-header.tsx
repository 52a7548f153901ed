import type { ReactNode } from 'react';
import { Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { BillingKind } from '../lib/document-form-values';

interface DocumentPageHeaderProps {
  kind: BillingKind;
  number: string | null;
  client: { id: string; name: string } | null;
  badge: ReactNode;
  actions?: ReactNode;
  subtitle?: ReactNode;
}

/** Breadcrumbs, number (or "Draft …"), status badge, client and the page's actions (wrapping on phones). */
export function DocumentPageHeader({ kind, number, client, badge, actions, subtitle }: DocumentPageHeaderProps) {
  const [list, base, noun] = kind === 'INVOICE' ? ['Invoices', '/invoices', 'invoice'] : ['Quotes', '/quotes', 'quote'];
  const title = number ?? `Draft ${noun}`;
  return (
    <Stack gap="xs">
      <Breadcrumbs>
        <Anchor component={Link} to={base} size="sm">
          {list}
        </Anchor>
        <Text size="sm">{title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Group gap="sm" wrap="wrap">
            <Title order={1} size="h2">
              {title}
            </Title>
            {badge}
          </Group>
          {client && (
            <Anchor component={Link} to={`/clients/${client.id}`} size="sm" c="dimmed">
              {client.name}
            </Anchor>
          )}
          {subtitle}
        </Stack>
        {actions && (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
