import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { ConfirmModal } from '../../../../shared/components/confirm-modal';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import type { BillingKind, DocumentFormValues } from '../lib/document-form-values';
import { BillingDocumentForm, type SubmitIntent } from './billing-document-form';
import { BillingStatusBadge } from './billing-status-badge';
import { DocumentPageHeader } from './document-page-header';
import { SendDocument, pdfHref, useSendDocumentModal } from './send-document-button';

interface DraftEditorProps {
  kind: BillingKind;
  id: string;
  number: string | null;
  client: { id: string; name: string } | null;
  project: { id: string; name: string } | null;
  values: DocumentFormValues;
  locale: string;
  defaultTaxRate: number;
  sendLabel: string;
  /** Saves the fields and lines (throws the API error). */
  save(values: DocumentFormValues): Promise<unknown>;
  send(): Promise<unknown>;
  remove(): Promise<unknown>;
  /** After the email went out (the API issued the draft): reload the document. */
  onSent(): void;
  lineSources?: Parameters<typeof BillingDocumentForm>[0]['lineSources'];
}

/** A draft's page: the editor, "Save as draft", "Send"/"Mark as sent", and "Delete draft". */
export function DraftEditor({
  kind,
  id,
  number,
  client,
  project,
  values,
  locale,
  defaultTaxRate,
  sendLabel,
  save,
  send,
  remove,
  onSent,
  lineSources,
}: DraftEditorProps) {
  const navigate = useNavigate();
  const [deleting, del] = useDisclosure(false);
  const sendModal = useSendDocumentModal();
  const noun = kind === 'INVOICE' ? 'invoice' : 'quote';

  const onSubmit = async (v: DocumentFormValues, intent: SubmitIntent) => {
    await save(v);
    if (intent === 'email') return sendModal.open();
    if (intent === 'send') await send();
    notifications.show({
      color: 'teal',
      message: intent === 'send' ? `The ${noun} was marked as sent` : 'Draft saved',
    });
  };

  return (
    <Stack gap="lg">
      <DocumentPageHeader
        kind={kind}
        number={number}
        client={client}
        badge={
          kind === 'INVOICE' ? (
            <BillingStatusBadge kind="INVOICE" status="DRAFT" />
          ) : (
            <BillingStatusBadge kind="QUOTE" status="DRAFT" />
          )
        }
        actions={
          <>
            <Button
              component="a"
              href={pdfHref(kind, id)}
              variant="default"
              leftSection={<IconFileTypePdf size={16} />}
            >
              Preview PDF
            </Button>
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={del.open}>
              Delete draft
            </Button>
          </>
        }
      />
      <BillingDocumentForm
        kind={kind}
        initialValues={values}
        initialClient={client}
        initialProject={project}
        clientLocked
        locale={locale}
        defaultTaxRate={defaultTaxRate}
        sendLabel={sendLabel}
        emailLabel="Send"
        onSubmit={onSubmit}
        onCancel={() => navigate(kind === 'INVOICE' ? '/invoices' : '/quotes')}
        lineSources={lineSources}
      />
      <SendDocument kind={kind} id={id} onSent={onSent} modal={sendModal} />
      <ConfirmModal
        opened={deleting}
        title={`Delete this draft ${noun}?`}
        confirmLabel="Delete draft"
        onCancel={del.close}
        onConfirm={async () => {
          try {
            await remove();
            notifications.show({ color: 'teal', message: 'Draft deleted' });
            navigate(kind === 'INVOICE' ? '/invoices' : '/quotes', { replace: true });
          } catch (error) {
            notifications.show({
              color: 'red',
              title: 'Could not delete the draft',
              message: apiErrorInfo(error).message,
            });
          }
        }}
      >
        <Text size="sm">
          {kind === 'INVOICE'
            ? 'Time entries billed on it become unbilled again.'
            : 'It was never sent, so nobody else has seen it.'}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
