import { useQuery } from '@apollo/client/react';
import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPin } from '@tabler/icons-react';
import { noteKindLabel } from '@clientflow/domain';
import { PinnedNotesDocument } from '@clientflow/graphql-types/admin';

/** Alerts and important notes for the top of the client profile; nothing at all when there are none. */
export function PinnedNotes({ clientId }: { clientId: string }) {
  const { data } = useQuery(PinnedNotesDocument, { variables: { clientId }, context: { handledErrorCodes: ['*'] } });
  const notes = data?.pinnedNotes ?? [];
  if (!notes.length) return null;
  return (
    <Stack gap="xs" aria-label="Pinned notes" role="region">
      {notes.map((n) => (
        <Alert
          key={n.id}
          color={n.kind === 'ALERT' ? 'red' : 'yellow'}
          variant="light"
          icon={n.kind === 'ALERT' ? <IconAlertTriangle size={18} /> : <IconPin size={18} />}
          title={noteKindLabel(n.kind)}
          py="xs"
        >
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
            {n.body}
          </Text>
        </Alert>
      ))}
    </Stack>
  );
}
