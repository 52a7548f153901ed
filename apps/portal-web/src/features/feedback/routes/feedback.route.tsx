import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Chip, Group, Input, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconHeartHandshake, IconMoodSmile } from '@tabler/icons-react';
import { AnswerFeedbackDocument, PortalFeedbackRequestDocument } from '@clientflow/graphql-types/portal';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../shared/components/content-states';
import { describeError } from '../../../shared/errors/api-error';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useT } from '../../../shared/i18n/i18n-provider';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';

const SCORES = Array.from({ length: 11 }, (_, i) => String(i));

/** The NPS question (0–10 + optional comment), answered once. */
export function FeedbackRoute() {
  const t = useT();
  const { branding } = usePortalViewer();
  useDocumentTitle(t('feedback.title'));
  const { data, loading, error, refetch } = useQuery(PortalFeedbackRequestDocument, { context: { quietErrors: true } });
  const [answer, { loading: sending }] = useMutation(AnswerFeedbackDocument, { context: { quietErrors: true } });
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { score: '', comment: '' },
    validate: { score: (v) => (v === '' ? t('feedback.scoreRequired') : null) },
  });
  const agency = branding.agencyName;
  const request = data?.portalFeedbackRequest;

  const submit = form.onSubmit(async ({ score, comment }) => {
    if (!request) return;
    try {
      await answer({ variables: { id: request.id, score: Number(score), comment: comment.trim() || null } });
      setDone(true);
    } catch (err) {
      form.setFieldError('score', describeError(err, t));
    }
  });

  let body;
  if (done)
    body = (
      <EmptyState
        icon={<IconHeartHandshake size={28} />}
        title={t('feedback.thanks')}
        hint={t('feedback.thanksBody', { agency })}
      />
    );
  else if (loading && !data) body = <LoadingState />;
  else if (!data) body = <ErrorState title={t('feedback.loadError')} error={error} onRetry={() => void refetch()} />;
  else if (!request)
    body = (
      <EmptyState
        icon={<IconMoodSmile size={28} />}
        title={t('feedback.none')}
        hint={t('feedback.noneHint', { agency })}
      />
    );
  else {
    body = (
      <Card>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={2} size="h4">
              {t('feedback.question', { agency })}
            </Title>
            {request.projectName && <Text c="dimmed">{t('feedback.about', { project: request.projectName })}</Text>}
            <Input.Wrapper label={t('feedback.scoreLabel')} required error={form.errors.score}>
              <Chip.Group value={form.values.score} onChange={(v) => form.setFieldValue('score', v as string)}>
                <Group gap={6} mt={6} role="radiogroup" aria-label={t('feedback.scoreLabel')}>
                  {SCORES.map((s) => (
                    <Chip key={s} value={s} type="radio" size="md" variant="outline">
                      {s}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Input.Wrapper>
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                0 = {t('feedback.scaleLow')}
              </Text>
              <Text size="xs" c="dimmed">
                10 = {t('feedback.scaleHigh')}
              </Text>
            </Group>
            <Textarea
              label={t('feedback.commentLabel')}
              autosize
              minRows={3}
              maxLength={2000}
              {...form.getInputProps('comment')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={sending}>
                {t('feedback.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    );
  }
  return (
    <Stack gap={0}>
      <PageHeader title={t('feedback.title')} />
      {body}
    </Stack>
  );
}
