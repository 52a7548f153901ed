import { useMutation } from '@apollo/client/react';
import { Alert, Button, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowRight, IconLogin2 } from '@tabler/icons-react';
import { ConsumeMagicLinkDocument, PortalMeDocument } from '@clientflow/graphql-types/portal';
import { useNavigate, useSearchParams } from 'react-router';
import { describeError, hasErrorCode } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';
import { LinkExpiredPanel } from '../components/link-expired-panel';

/**
 * Opening the emailed link must not sign in: mail scanners prefetch links, and a GET
 * that consumed the token would burn it before the person ever clicks.
 */
export function ContinueRoute() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [consume, { loading, error }] = useMutation(ConsumeMagicLinkDocument, {
    context: { quietErrors: true },
    update(cache, { data }) {
      // The home page renders straight from this, without a second round trip.
      if (data) cache.writeQuery({ query: PortalMeDocument, data: { portalMe: data.consumeMagicLink } });
    },
  });

  if (!token || hasErrorCode(error, 'BAD_USER_INPUT')) return <LinkExpiredPanel />;

  async function continueToPortal(): Promise<void> {
    try {
      await consume({ variables: { token } });
    } catch {
      return; // shown from the mutation's error state
    }
    await navigate('/', { replace: true });
  }

  return (
    <Stack gap="md">
      <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
        <IconLogin2 size={26} />
      </ThemeIcon>
      <div>
        <Title order={1} size="h2">
          {t('continue.title')}
        </Title>
        <Text c="dimmed" mt={6}>
          {t('continue.body')}
        </Text>
      </div>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} title={t('errors.title')} role="alert">
          {describeError(error, t)}
        </Alert>
      )}
      <Button
        size="md"
        fullWidth
        loading={loading}
        rightSection={<IconArrowRight size={18} aria-hidden />}
        onClick={() => void continueToPortal()}
      >
        {t('continue.button')}
      </Button>
    </Stack>
  );
}
