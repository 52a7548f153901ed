import { useApolloClient, useMutation } from '@apollo/client/react';
import { Avatar, Badge, Box, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { SignOutDocument } from '@clientflow/graphql-types/admin';
import { humanizeEnum, initials } from '../../../shared/lib/format';
import { useViewer } from '../../session/hooks/use-viewer';

const ROLE_COLORS: Record<string, string> = { OWNER: 'grape', ADMIN: 'brand', MANAGER: 'teal', MEMBER: 'gray' };

export function UserMenu() {
  const { user, role } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument, { context: { handledErrorCodes: ['UNAUTHENTICATED'] } });

  const handleSignOut = async () => {
    try {
      await signOut();
    } finally {
      // Even if the server call failed, drop everything this session could see.
      await client.clearStore();
      navigate('/sign-in', { replace: true });
    }
  };

  return (
    <Menu position="bottom-end" width={260}>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${user.name}`}>
          <Group gap={8} wrap="nowrap">
            <Avatar radius="xl" size={32} color="brand">
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md">
              {user.name}
            </Text>
            <Box visibleFrom="sm" display="flex">
              <IconChevronDown size={14} />
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={4} px="sm" py="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" fw={600} truncate>
              {user.name}
            </Text>
            <Badge size="sm" variant="light" color={ROLE_COLORS[role] ?? 'gray'}>
              {humanizeEnum(role)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" truncate>
            {user.email}
          </Text>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account/security" leftSection={<IconShieldLock size={16} />}>
          Security
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} />}
          onClick={() => void handleSignOut()}
          disabled={loading}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
