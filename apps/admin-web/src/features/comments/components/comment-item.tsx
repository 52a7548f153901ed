import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { MAX_COMMENT_LENGTH } from '@clientflow/domain';
import type { CommentFieldsFragment } from '@clientflow/graphql-types/admin';
import { formatRelative } from '../../../shared/lib/format';

interface Props {
  comment: CommentFieldsFragment;
  locale: string;
  onSave: (body: string) => Promise<boolean>;
  onDelete: () => void;
}

export function CommentItem({ comment, locale, onSave, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const author = comment.author
    ? `${comment.author.name}${comment.author.kind === 'CONTACT' ? ' (client)' : ''}`
    : 'Former member';
  const edited = comment.updatedAt !== comment.createdAt;

  const save = async () => {
    if (!draft.trim()) return setError('Write something before saving');
    if (draft.length > MAX_COMMENT_LENGTH) return setError(`At most ${MAX_COMMENT_LENGTH} characters`);
    setSaving(true);
    const ok = await onSave(draft.trim());
    setSaving(false);
    if (ok) setEditing(false);
  };

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg={comment.internal ? 'var(--mantine-color-yellow-light)' : undefined}
      data-testid="comment"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {author}
          </Text>
          <Tooltip label={new Date(comment.createdAt).toLocaleString(locale)}>
            <Text size="xs" c="dimmed">
              {formatRelative(comment.createdAt, locale)}
              {edited ? ' · edited' : ''}
            </Text>
          </Tooltip>
          <Badge size="xs" variant="light" color={comment.internal ? 'yellow' : 'blue'}>
            {comment.internal ? 'Internal' : 'Client-visible'}
          </Badge>
        </Group>
        {comment.canEdit && !editing && (
          <Group gap={2} wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label="Edit comment"
              onClick={() => setEditing(true)}
            >
              <IconPencil size={14} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" size="sm" aria-label="Delete comment" onClick={onDelete}>
              <IconTrash size={14} />
            </ActionIcon>
          </Group>
        )}
      </Group>
      {editing ? (
        <Stack gap="xs" mt="xs">
          <Textarea
            aria-label="Edit comment"
            autosize
            minRows={2}
            value={draft}
            error={error}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end" gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                setEditing(false);
                setDraft(comment.body);
              }}
            >
              Cancel
            </Button>
            <Button size="xs" loading={saving} onClick={() => void save()}>
              Save
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {comment.body}
        </Text>
      )}
    </Paper>
  );
}
