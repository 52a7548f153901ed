import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { BillingSnapshotFieldsFragment } from '@clientflow/graphql-types/admin';
import { countryName } from '../../../../shared/lib/countries';

interface BillToCardProps {
  snapshot: BillingSnapshotFieldsFragment | null;
  client: { id: string; name: string } | null;
  locale: string;
}

/** The client's billing details as frozen on the document when it was sent (drafts show the live client). */
export function BillToCard({ snapshot, client, locale }: BillToCardProps) {
  const a = snapshot?.address;
  const cityLine = a ? [a.postalCode, a.city, a.region].filter(Boolean).join(' ') : '';
  return (
    <Paper withBorder p="md">
      <Stack gap={2}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          Bill to
        </Text>
        {client ? (
          <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
            {snapshot?.legalName || snapshot?.name || client.name}
          </Anchor>
        ) : (
          <Text fw={600}>{snapshot?.legalName || snapshot?.name || '—'}</Text>
        )}
        {snapshot ? (
          <>
            {snapshot.taxId && (
              <Text size="sm">
                {snapshot.taxIdType ?? 'Tax id'}: {snapshot.taxId}
              </Text>
            )}
            {a?.line1 && <Text size="sm">{a.line1}</Text>}
            {a?.line2 && <Text size="sm">{a.line2}</Text>}
            {cityLine && <Text size="sm">{cityLine}</Text>}
            {a?.country && <Text size="sm">{countryName(a.country, locale)}</Text>}
            {snapshot.email && (
              <Text size="sm" c="dimmed">
                {snapshot.email}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            The client's billing details are copied here when it is sent.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
