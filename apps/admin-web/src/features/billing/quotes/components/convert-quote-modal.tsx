import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { ConvertQuoteDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { evictQuoteLists } from '../lib/quote-cache';

interface ConvertQuoteModalProps {
  opened: boolean;
  onClose(): void;
  quote: { id: string; number: string | null; title: string | null };
}

/** An accepted quote becomes a draft invoice with the same lines (and, if asked, a project) in one step. */
export function ConvertQuoteModal({ opened, onClose, quote }: ConvertQuoteModalProps) {
  const navigate = useNavigate();
  const [createProject, setCreateProject] = useState(false);
  const [projectName, setProjectName] = useState(quote.title ?? '');
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [convert, { loading }] = useMutation(ConvertQuoteDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    update: evictQuoteLists,
  });

  const submit = async () => {
    if (createProject && !projectName.trim()) {
      setError({ field: 'projectName', message: 'Name the project' });
      return;
    }
    try {
      const { data } = await convert({
        variables: { id: quote.id, input: { createProject, projectName: createProject ? projectName.trim() : null } },
      });
      const invoice = data!.convertQuote.invoice;
      notifications.show({ color: 'teal', message: `Draft invoice created from ${quote.number ?? 'the quote'}` });
      onClose();
      navigate(`/invoices/${invoice.id}`);
    } catch (e) {
      const { field, message } = apiErrorInfo(e);
      setError({ field, message });
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Convert ${quote.number ?? 'quote'} to an invoice`}>
      <Stack gap="md">
        <Text size="sm">
          A draft invoice is created with the quote's lines, notes and terms. You can review it before sending.
        </Text>
        <Checkbox
          label="Also create a project"
          description="A fixed-fee project for this work, linked to the quote and the invoice"
          checked={createProject}
          onChange={(e) => setCreateProject(e.currentTarget.checked)}
        />
        {createProject && (
          <TextInput
            label="Project name"
            required
            maxLength={200}
            value={projectName}
            onChange={(e) => setProjectName(e.currentTarget.value)}
            error={error?.field === 'projectName' || error?.field === 'input.projectName' ? error.message : undefined}
          />
        )}
        {error && error.field !== 'projectName' && (
          <Text c="red" size="sm" role="alert">
            {error.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            Convert to invoice
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
