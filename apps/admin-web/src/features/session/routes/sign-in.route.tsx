import { useQuery } from '@apollo/client/react';
import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { MeDocument } from '@clientflow/graphql-types/admin';
import { safeRedirectPath } from '../../../shared/lib/safe-redirect';
import { AccountLinks } from '../../account/components/account-links';
import { SignInForm } from '../components/sign-in-form';

export function SignInRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeRedirectPath(params.get('next'));
  const { data } = useQuery(MeDocument, { context: { handledErrorCodes: ['*'] } });

  if (data?.me) return <Navigate to={next} replace />;

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-body)">
      <Box w="100%" maw={420}>
        <Stack gap="lg">
          <Group gap="sm" justify="center">
            <ThemeIcon size={40} radius="md" variant="filled">
              <IconUsersGroup size={24} />
            </ThemeIcon>
            <Text fw={700} fz="xl">
              ClientFlow
            </Text>
          </Group>
          <Stack gap={4} ta="center">
            <Title order={2}>Welcome back</Title>
            <Text c="dimmed" size="sm">
              Sign in to manage your clients
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl">
            <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
          </Paper>
          <AccountLinks />
        </Stack>
      </Box>
    </Center>
  );
}
