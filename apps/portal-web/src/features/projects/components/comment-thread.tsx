import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { AddPortalCommentDocument, PortalCommentsDocument, type CommentTarget } from '@clientflow/graphql-types/portal';
import { LoadingState } from '../../../shared/components/content-states';
import { describeError } from '../../../shared/errors/api-error';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useProjectsT } from '../i18n/projects-i18n';
import { usePortalPermissions } from '../../../shared/hooks/use-portal-permissions';

/** Client-visible comments of a task or deliverable; the form shows when the contact may comment. */
export function CommentThread({ target, id }: { target: CommentTarget; id: string }) {
  const t = useProjectsT();
  const fmt = useFormatters();
  const canComment = usePortalPermissions().can('COMMENT');
  const { data, loading, error, refetch } = useQuery(PortalCommentsDocument, {
    variables: { target, id },
    context: { quietErrors: true },
  });
  const [add, { loading: sending }] = useMutation(AddPortalCommentDocument, { context: { quietErrors: true } });
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (v) => (v.trim() ? null : t('comments.required')) },
  });

  const submit = form.onSubmit(async ({ body }) => {
    try {
      await add({ variables: { target, id, body: body.trim() } });
      form.reset();
      notifications.show({ color: 'teal', message: t('comments.sent') });
      await refetch();
    } catch (err) {
      form.setFieldError('body', describeError(err, t));
    }
  });

  if (loading && !data) return <LoadingState />;
  return (
    <Stack gap="xs" aria-label={t('comments.title')}>
      {error && !data ? (
        <Text size="sm" c="red" role="alert">
          {t('comments.loadError')}
        </Text>
      ) : data?.portalComments.length ? (
        data.portalComments.map((c) => (
          <Paper key={c.id} p="xs" withBorder bg={c.mine ? 'var(--mantine-primary-color-light)' : undefined}>
            <Text size="xs" c="dimmed">
              {c.mine ? t('comments.you') : (c.author?.name ?? '—')} ·{' '}
              {fmt.date(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.body}
            </Text>
          </Paper>
        ))
      ) : (
        <Text size="sm" c="dimmed">
          {t('comments.empty')}
        </Text>
      )}
      {canComment && (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('comments.label')}
              placeholder={t('comments.placeholder')}
              autosize
              minRows={2}
              maxLength={5000}
              {...form.getInputProps('body')}
            />
            <Group justify="flex-end">
              <Button type="submit" size="sm" loading={sending}>
                {t('comments.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
