import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Modal,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { EMAIL_BODY_MAX, EMAIL_SUBJECT_MAX } from '@clientflow/domain';
import {
  PreviewBillingEmailDocument,
  SendInvoiceEmailDocument,
  SendQuoteEmailDocument,
  type SentBillingEmailFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useIdempotencyKey } from '../../../../shared/lib/idempotency-key';
import { templateErrors, type TemplateValues } from '../lib/template-form';
import { SOURCE_BADGES } from '../lib/template-labels';
import { EmailPreview } from './email-preview';

export interface SendDocumentModalProps {
  kind: 'INVOICE' | 'QUOTE';
  /** The invoice or quote id. */
  id: string;
  opened: boolean;
  onClose: () => void;
  onSent?: (sent: SentBillingEmailFieldsFragment) => void;
}

const changedOrNull = (value: string, original: string) => (value === original ? null : value);

/**
 * "Send" for an invoice or quote: who receives it, subject and body prefilled from the effective template (editable,
 * placeholders allowed), a preview rendered by the API with the real document, the PDF that goes with it.
 * A draft is issued (invoice) or marked sent (quote) by the API as part of sending.
 */
export function SendDocumentModal({ kind, id, opened, onClose, onSent }: SendDocumentModalProps) {
  const ref = kind === 'INVOICE' ? { invoiceId: id } : { quoteId: id };
  const initial = useQuery(PreviewBillingEmailDocument, {
    variables: { kind, ...ref },
    skip: !opened,
    fetchPolicy: 'network-only',
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'NOT_FOUND'] },
  });
  const start = initial.data?.previewBillingEmail;
  const form = useForm<TemplateValues>({
    initialValues: { subject: '', body: '' },
    validate: (v) => templateErrors(kind, v),
  });
  // Stable methods of `form`, which itself is a new object every render.
  const { setValues, resetDirty } = form;
  const startSubject = start?.templateSubject;
  const startBody = start?.templateBody;
  useEffect(() => {
    if (startSubject === undefined || startBody === undefined) return;
    setValues({ subject: startSubject, body: startBody });
    resetDirty({ subject: startSubject, body: startBody });
  }, [startSubject, startBody, setValues, resetDirty]);

  // The live preview follows the edits, once the typing pauses and the text is valid.
  const [debounced] = useDebouncedValue(form.values, 400);
  const edited = !!start && (debounced.subject !== start.templateSubject || debounced.body !== start.templateBody);
  const valid = Object.keys(templateErrors(kind, debounced)).length === 0;
  const live = useQuery(PreviewBillingEmailDocument, {
    variables: { kind, ...ref, subject: debounced.subject, body: debounced.body },
    skip: !opened || !edited || !valid,
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  const preview = (edited && valid && live.data?.previewBillingEmail) || start;

  const options = {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    refetchQueries: ['ClientTimeline'],
  };
  const [sendInvoice, { loading: sendingInvoice }] = useMutation(SendInvoiceEmailDocument, options);
  const [sendQuote, { loading: sendingQuote }] = useMutation(SendQuoteEmailDocument, options);
  const idempotency = useIdempotencyKey();

  const submit = async (values: TemplateValues) => {
    if (!start) return;
    const variables = {
      id,
      subject: changedOrNull(values.subject, start.templateSubject),
      body: changedOrNull(values.body, start.templateBody),
    };
    // Clicking Send again after a failure (the connection dropped: did it go?) reuses the key: one email at most.
    const keyed = { ...variables, idempotencyKey: idempotency.keyFor({ kind, ...variables }) };
    try {
      const sent =
        kind === 'INVOICE'
          ? (await sendInvoice({ variables: keyed })).data?.sendInvoice
          : (await sendQuote({ variables: keyed })).data?.sendQuote;
      if (!sent) return;
      idempotency.settle();
      notifications.show({ color: 'teal', message: `Sent to ${sent.to.join(', ')}` });
      onSent?.(sent);
      onClose();
    } catch (err) {
      if (!applyServerFieldError(form, err)) notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    }
  };

  const title = kind === 'INVOICE' ? 'Send invoice' : 'Send quote';
  const setupError = initial.error ? apiErrorInfo(initial.error) : null;

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl" centered>
      {initial.loading && !start ? (
        <Center py="xl" role="status" aria-label="Preparing the email">
          <Loader size="sm" />
        </Center>
      ) : setupError || !start ? (
        <Stack>
          <Alert color="red" title="This cannot be sent yet">
            {setupError?.message ?? 'Could not prepare the email.'}
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Stack gap="sm">
                <div>
                  <Text size="sm" fw={500}>
                    To
                  </Text>
                  <Group gap={4} aria-label="Recipients">
                    {start.to.map((address) => (
                      <Badge key={address} variant="light" tt="none">
                        {address}
                      </Badge>
                    ))}
                  </Group>
                </div>
                <Group gap={6}>
                  <Text size="xs" c="dimmed">
                    Template:
                  </Text>
                  <Badge size="xs" color={SOURCE_BADGES[start.templateSource].color} variant="light">
                    {SOURCE_BADGES[start.templateSource].label}
                  </Badge>
                </Group>
                <TextInput label="Subject" required maxLength={EMAIL_SUBJECT_MAX} {...form.getInputProps('subject')} />
                <Textarea
                  label="Message"
                  required
                  autosize
                  minRows={8}
                  maxRows={16}
                  maxLength={EMAIL_BODY_MAX}
                  {...form.getInputProps('body')}
                />
                <Text size="xs" c="dimmed">
                  Placeholders such as {'{{invoice.number}}'} are filled in when the email is sent.
                </Text>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Text size="sm" fw={500} mb={4}>
                Preview {live.loading && <Loader size={12} ml={4} />}
              </Text>
              <EmailPreview
                subject={preview!.subject}
                body={preview!.body}
                to={start.to}
                attachmentName={start.attachmentName}
                label="Email preview"
              />
            </Grid.Col>
          </Grid>
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={sendingInvoice || sendingQuote}>
              Send
            </Button>
          </Group>
        </form>
      )}
    </Modal>
  );
}
