import { Avatar, type AvatarProps } from '@mantine/core';
import type { ClientStatus } from '@clientflow/graphql-types/admin';
import { CLIENT_STATUS_COLORS } from '../../clients/components/client-status-badge';

type ClientAvatarProps = { name: string; status: ClientStatus; logoUrl?: string | null } & Omit<
  AvatarProps,
  'color' | 'name' | 'src'
>;

/** The client's logo, or its initials coloured by status when it has none (or the image fails). */
export function ClientAvatar({ name, status, logoUrl, ...props }: ClientAvatarProps) {
  return (
    <Avatar src={logoUrl ?? null} name={name} color={CLIENT_STATUS_COLORS[status]} radius="md" alt="" {...props} />
  );
}
