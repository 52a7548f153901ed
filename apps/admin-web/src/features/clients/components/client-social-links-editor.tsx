import { ActionIcon, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { networkLabel, SOCIAL_NETWORKS } from '@clientflow/domain';
import type { SocialNetwork } from '@clientflow/graphql-types/admin';
import type { ClientFormValues } from '../lib/client-form-values';
import { SOCIAL_ICONS } from './social-network-icon';

export function ClientSocialLinksEditor({ form }: { form: UseFormReturnType<ClientFormValues> }) {
  const rows = form.values.socialLinks ?? [];
  const used = new Set(rows.map((r) => r.network));
  const free = SOCIAL_NETWORKS.filter((n) => !used.has(n));

  return (
    <Stack gap="sm">
      <Title order={4}>Social links</Title>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          No social profiles yet.
        </Text>
      )}
      {rows.map((row, i) => {
        const Icon = row.network ? SOCIAL_ICONS[row.network] : null;
        // Each row may keep its own network; the others already in the list are not offered again.
        const options = SOCIAL_NETWORKS.filter((n) => n === row.network || !used.has(n)).map((n) => ({
          value: n,
          label: networkLabel(n),
        }));
        return (
          <Group key={form.key(`socialLinks.${i}`)} align="flex-start" gap="xs" wrap="nowrap">
            <Select
              aria-label={`Network ${i + 1}`}
              placeholder="Network"
              data={options}
              allowDeselect={false}
              w={150}
              style={{ flexShrink: 0 }}
              leftSection={Icon ? <Icon size={16} /> : undefined}
              {...form.getInputProps(`socialLinks.${i}.network`)}
            />
            <TextInput
              aria-label={row.network ? `${networkLabel(row.network)} URL` : `URL ${i + 1}`}
              placeholder={
                row.network ? `${networkLabel(row.network).toLowerCase().replace(/\s/g, '')}.com/…` : 'https://…'
              }
              style={{ flex: 1, minWidth: 0 }}
              {...form.getInputProps(`socialLinks.${i}.url`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${row.network ? networkLabel(row.network) : 'link'}`}
              onClick={() => form.removeListItem('socialLinks', i)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        );
      })}
      {free.length > 0 && (
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem('socialLinks', { network: free[0] as SocialNetwork, url: '' })}
          >
            Add social link
          </Button>
        </Group>
      )}
    </Stack>
  );
}
