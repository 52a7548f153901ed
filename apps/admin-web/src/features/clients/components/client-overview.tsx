import { Anchor, Badge, DataList, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ClientDetailFragment } from '@clientflow/graphql-types/admin';
import { formatMoney } from '@clientflow/domain';
import { countryName } from '../../../shared/lib/countries';
import { formatDate, type WorkspaceFormat } from '../../../shared/lib/format';
import { SIZE_LABELS } from '../lib/client-form-values';
import { ClientCustomFieldsCard } from '../../custom-fields/components/client-custom-fields-card';
import { ClientContactGuide } from './client-contact-guide';
import { ClientSocialLinks } from './client-social-links';
import { ClientMetricsCard } from '../../dashboard/components/client-metrics-card';

interface ClientOverviewProps {
  client: ClientDetailFragment;
  format: WorkspaceFormat;
  showValue: boolean;
  /** Rendered above the profile, full width (pinned notes). */
  top?: React.ReactNode;
}

const dash = (
  <Text span c="dimmed">
    —
  </Text>
);

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children ?? dash}</DataList.ItemValue>
    </DataList.Item>
  );
}

function addressLines(client: ClientDetailFragment, locale: string): string[] {
  const { street, city, region, postalCode, country } = client.address;
  const cityLine = [postalCode, city, region].filter(Boolean).join(' ');
  return [street, cityLine, countryName(country, locale)].filter((line): line is string => Boolean(line));
}

export function ClientOverview({ client, format, showValue, top }: ClientOverviewProps) {
  const website = client.website
    ? client.website.startsWith('http')
      ? client.website
      : `https://${client.website}`
    : null;
  const address = addressLines(client, format.locale);

  return (
    <Grid gap="lg">
      {top && <Grid.Col span={12}>{top}</Grid.Col>}
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder p="lg">
          <Title order={4} mb="md">
            Profile
          </Title>
          <DataList withDivider labelWidth={160}>
            <Field label="Email">
              {client.email && (
                <Anchor href={`mailto:${client.email}`} inherit>
                  {client.email}
                </Anchor>
              )}
            </Field>
            <Field label="Phone">{client.phone}</Field>
            <Field label="Website">
              {website && (
                <Anchor href={website} target="_blank" rel="noopener noreferrer" inherit>
                  {client.website}
                </Anchor>
              )}
            </Field>
            <Field label="Social">
              <ClientSocialLinks links={client.socialLinks} />
            </Field>
            <Field label="Industry">{client.industry}</Field>
            <Field label="Size">{client.size && SIZE_LABELS[client.size]}</Field>
            <Field label="Tax id">
              {client.taxId &&
                `${client.taxIdType && client.taxIdType !== 'OTHER' ? `${client.taxIdType} ` : ''}${client.taxId}`}
            </Field>
            <Field label="Account manager">{client.accountManager?.name}</Field>
            <Field label="Acquisition source">{client.acquisitionSource}</Field>
            <Field label="Active projects">{client.activeProjectCount}</Field>
            <Field label="First contact">{client.firstContactAt && formatDate(client.firstContactAt, format)}</Field>
            {showValue && <Field label="Total value">{formatMoney(client.totalValue ?? 0, format)}</Field>}
            {client.statusChangedAt && (
              <Field label="Status since">
                {formatDate(client.statusChangedAt, format)}
                {client.statusReason && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    · {client.statusReason}
                  </Text>
                )}
              </Field>
            )}
            <Field label="Last activity">{client.lastActivityAt && formatDate(client.lastActivityAt, format)}</Field>
            <Field label="Client since">{formatDate(client.createdAt, format)}</Field>
          </DataList>
        </Paper>
        <ClientCustomFieldsCard clientId={client.id} mt="lg" />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <ClientMetricsCard clientId={client.id} />
          <Paper withBorder p="lg">
            <Title order={4} mb="md">
              Who to contact for what
            </Title>
            <ClientContactGuide contacts={client.contacts} />
          </Paper>
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              Billing address
            </Title>
            {address.length ? (
              <Stack gap={0}>
                {address.map((line) => (
                  <Text key={line} size="sm">
                    {line}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                No address yet.
              </Text>
            )}
          </Paper>
          <Paper withBorder p="lg">
            <Title order={4} mb="sm">
              Tags
            </Title>
            {client.tags.length ? (
              <Group gap={6}>
                {client.tags.map((tag) => (
                  <Badge key={tag} variant="default" tt="none">
                    {tag}
                  </Badge>
                ))}
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                No tags.
              </Text>
            )}
          </Paper>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
