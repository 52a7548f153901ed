import { Avatar, type AvatarProps } from '@mantine/core';
import type { ClientStatus } from '@clientflow/graphql-types/admin';
import { CLIENT_STATUS_COLORS } from '../../clients/components/client-status-badge';

/** Initials avatar coloured by status (logos are served per client once the logo field reaches the list). */
export function ClientAvatar({ name, status, ...props }: { name: string; status: ClientStatus } & Omit<AvatarProps, 'color' | 'name'>) {
  return <Avatar name={name} color={CLIENT_STATUS_COLORS[status]} radius="md" alt="" {...props} />;
}
