import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { AcceptQuoteDocument, RejectQuoteDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { evictQuoteLists } from '../lib/quote-cache';

export type QuoteDecision = 'ACCEPT' | 'REJECT';

interface QuoteDecisionModalProps {
  decision: QuoteDecision | null;
  onClose(): void;
  quote: { id: string; number: string | null };
}

/** Records the client's answer on their behalf, with an optional note kept in the quote's history. */
export function QuoteDecisionModal({ decision, onClose, quote }: QuoteDecisionModalProps) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = { context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] }, update: evictQuoteLists } as const;
  const [accept, accepting] = useMutation(AcceptQuoteDocument, options);
  const [reject, rejecting] = useMutation(RejectQuoteDocument, options);
  const accepted = decision === 'ACCEPT';
  const close = () => {
    setNote('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    const variables = { id: quote.id, note: note.trim() || null };
    try {
      await (accepted ? accept({ variables }) : reject({ variables }));
      notifications.show({
        color: 'teal',
        message: `${quote.number ?? 'The quote'} was ${accepted ? 'accepted' : 'rejected'}`,
      });
      close();
    } catch (e) {
      setError(apiErrorInfo(e).message);
    }
  };
  return (
    <Modal
      opened={decision !== null}
      onClose={close}
      title={`${accepted ? 'Accept' : 'Reject'} ${quote.number ?? 'this quote'}`}
    >
      <Stack gap="md">
        <Text size="sm">
          {accepted
            ? 'Record that the client accepted this quote. You can then convert it to an invoice.'
            : 'Record that the client turned this quote down. This is final.'}
        </Text>
        <Textarea
          label="Note"
          description="Kept in the quote's history"
          placeholder={accepted ? 'Accepted by email on…' : 'Budget too high, chose another agency…'}
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color={accepted ? 'teal' : 'red'}
            loading={accepting.loading || rejecting.loading}
            onClick={() => void confirm()}
          >
            {accepted ? 'Accept quote' : 'Reject quote'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
