import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { networkLabel } from '@clientflow/domain';
import type { ClientDetailFragment } from '@clientflow/graphql-types/admin';
import { SOCIAL_ICONS } from './social-network-icon';

export function ClientSocialLinks({ links }: { links: ClientDetailFragment['socialLinks'] }) {
  if (links.length === 0)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={6}>
      {links.map(({ network, url }) => {
        const Icon = SOCIAL_ICONS[network];
        return (
          <Tooltip key={network} label={networkLabel(network)}>
            <ActionIcon
              component="a"
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              variant="default"
              size="lg"
              aria-label={`${networkLabel(network)} profile`}
            >
              <Icon size={18} />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}
