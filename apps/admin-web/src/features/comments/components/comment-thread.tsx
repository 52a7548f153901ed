import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Center, Group, Loader, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { MAX_COMMENT_LENGTH } from '@clientflow/domain';
import {
  AddCommentDocument,
  CommentsDocument,
  DeleteCommentDocument,
  UpdateCommentDocument,
  type CommentTarget,
} from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { onSubmitShortcut } from '../../../shared/lib/submit-shortcut';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { CommentItem } from './comment-item';

/** The comments of a task or deliverable, oldest first, with a composer (internal by default). */
export function CommentThread({ target, id }: { target: CommentTarget; id: string }) {
  const canEdit = useCan('client.edit');
  const { locale } = useWorkspaceFormat();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const {
    data,
    loading,
    error: loadError,
    refetch,
  } = useQuery(CommentsDocument, {
    variables: { target, id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const handled = { context: { handledErrorCodes: ['BAD_USER_INPUT', 'FORBIDDEN'] } };
  const [add, { loading: adding }] = useMutation(AddCommentDocument, handled);
  const [update] = useMutation(UpdateCommentDocument, handled);
  const [remove, { loading: removing }] = useMutation(DeleteCommentDocument, handled);

  const post = async () => {
    const text = body.trim();
    if (!text) return setError('Write something before posting');
    if (text.length > MAX_COMMENT_LENGTH) return setError(`At most ${MAX_COMMENT_LENGTH} characters`);
    try {
      await add({ variables: { input: { target, id, body: text, internal } } });
      setBody('');
      await refetch();
    } catch (err) {
      setError(apiErrorInfo(err).message);
    }
  };

  const comments = data?.comments ?? [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Comments
      </Title>
      {loading && !data ? (
        <Center py="md" role="status" aria-label="Loading comments">
          <Loader size="sm" />
        </Center>
      ) : loadError && !data ? (
        <ErrorState
          title="Could not load comments"
          message={apiErrorInfo(loadError).message}
          onRetry={() => void refetch()}
        />
      ) : comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No comments yet.
        </Text>
      ) : (
        <Stack gap="xs" aria-label="Comments">
          {comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              locale={locale}
              onDelete={() => setDeleting(c.id)}
              onSave={async (text) => {
                try {
                  await update({ variables: { id: c.id, input: { body: text } } });
                  return true;
                } catch (err) {
                  notifications.show({ color: 'red', message: apiErrorInfo(err).message });
                  return false;
                }
              }}
            />
          ))}
        </Stack>
      )}
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void post();
          }}
          noValidate
        >
          <Stack gap="xs">
            <Textarea
              label="Add a comment"
              placeholder={internal ? 'Only your team sees this' : 'The client will see this'}
              autosize
              minRows={2}
              maxRows={10}
              value={body}
              error={error}
              onChange={(e) => {
                setBody(e.currentTarget.value);
                setError(null);
              }}
              onKeyDown={onSubmitShortcut(() => void post())}
            />
            <Group justify="space-between" wrap="wrap">
              <Switch
                label="Internal"
                description={internal ? 'Hidden from the client' : 'Visible to the client'}
                checked={internal}
                onChange={(e) => setInternal(e.currentTarget.checked)}
              />
              <Button type="submit" loading={adding}>
                {internal ? 'Post internal comment' : 'Post to client'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete comment?"
        confirmLabel="Delete comment"
        loading={removing}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          try {
            await remove({ variables: { id: deleting } });
            setDeleting(null);
            await refetch();
          } catch (err) {
            notifications.show({ color: 'red', message: apiErrorInfo(err).message });
          }
        }}
      >
        <Text size="sm">The comment is removed for everyone.</Text>
      </ConfirmModal>
    </Stack>
  );
}
