import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Badge, Button, Grid, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { EMAIL_BODY_MAX, EMAIL_SUBJECT_MAX, renderEmailTemplate, SAMPLE_TEMPLATE_VALUES } from '@clientflow/domain';
import {
  ResetEmailTemplateDocument,
  SaveEmailTemplateDocument,
  type EmailTemplateFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../../shared/components/confirm-modal';
import { applyServerFieldError, focusFirstError } from '../../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { insertAtCaret, templateErrors, type TemplateValues } from '../lib/template-form';
import { KIND_LABELS, SOURCE_BADGES } from '../lib/template-labels';
import { EmailPreview } from './email-preview';
import { PlaceholderButtons } from './placeholder-buttons';

interface Props {
  template: EmailTemplateFieldsFragment;
  /** A client's override when set; the workspace's template otherwise. */
  clientId: string | null;
}

/** Edit one kind's template: placeholders to insert, a live preview with sample data, save and reset. */
export function EmailTemplateEditor({ template, clientId }: Props) {
  const form = useForm<TemplateValues>({
    initialValues: { subject: template.subject, body: template.body },
    validate: (values) => templateErrors(template.kind, values),
  });
  // Stable methods of `form`, which itself is a new object every render.
  const { setValues, resetDirty } = form;
  useEffect(() => {
    setValues({ subject: template.subject, body: template.body });
    resetDirty({ subject: template.subject, body: template.body });
  }, [template.subject, template.body, template.source, setValues, resetDirty]);

  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const lastField = useRef<'subject' | 'body'>('body');
  const [confirmReset, setConfirmReset] = useState(false);
  const options = { context: { handledErrorCodes: ['BAD_USER_INPUT'] } };
  const [save, { loading: saving }] = useMutation(SaveEmailTemplateDocument, options);
  const [reset, { loading: resetting }] = useMutation(ResetEmailTemplateDocument, {
    refetchQueries: ['EmailTemplates'],
  });

  const ownSource = clientId ? 'CLIENT' : 'WORKSPACE';
  const hasOwn = template.source === ownSource;
  const badge = SOURCE_BADGES[template.source];
  const preview = renderEmailTemplate(form.values, SAMPLE_TEMPLATE_VALUES);

  const insert = (placeholder: string) => {
    const field = lastField.current;
    const el = field === 'subject' ? subjectRef.current : bodyRef.current;
    const next = insertAtCaret(form.values[field], el, `{{${placeholder}}}`);
    form.setFieldValue(field, next.value);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = async (values: TemplateValues) => {
    try {
      await save({
        variables: { input: { kind: template.kind, clientId, subject: values.subject, body: values.body } },
        refetchQueries: ['EmailTemplates'],
      });
      notifications.show({ color: 'teal', message: `${KIND_LABELS[template.kind]} template saved` });
    } catch (err) {
      if (!applyServerFieldError(form, err)) notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    }
  };

  const doReset = async () => {
    try {
      await reset({ variables: { kind: template.kind, clientId } });
      notifications.show({
        color: 'teal',
        message: clientId ? 'Now using the workspace template' : 'Now using the built-in template',
      });
    } catch (err) {
      notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    } finally {
      setConfirmReset(false);
    }
  };

  return (
    <form
      onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))}
      noValidate
      aria-label={`${KIND_LABELS[template.kind]} email template`}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Badge color={badge.color} variant="light">
                {badge.label}
              </Badge>
              {template.updatedAt && hasOwn && (
                <Text size="xs" c="dimmed">
                  Edited {new Date(template.updatedAt).toLocaleDateString()}
                </Text>
              )}
            </Group>
            <TextInput
              label="Subject"
              required
              maxLength={EMAIL_SUBJECT_MAX}
              ref={subjectRef}
              {...form.getInputProps('subject')}
              onFocus={(e: FocusEvent) => {
                lastField.current = 'subject';
                form.getInputProps('subject').onFocus?.(e);
              }}
            />
            <Textarea
              label="Body"
              required
              autosize
              minRows={8}
              maxRows={20}
              maxLength={EMAIL_BODY_MAX}
              ref={bodyRef}
              {...form.getInputProps('body')}
              onFocus={(e: FocusEvent) => {
                lastField.current = 'body';
                form.getInputProps('body').onFocus?.(e);
              }}
            />
            <PlaceholderButtons placeholders={template.placeholders} onInsert={insert} />
            <Group justify="flex-end">
              {hasOwn && (
                <Button variant="default" onClick={() => setConfirmReset(true)}>
                  {clientId ? 'Reset to workspace default' : 'Reset to built-in default'}
                </Button>
              )}
              <Button type="submit" loading={saving} disabled={hasOwn && !form.isDirty()}>
                {clientId ? 'Save for this client' : 'Save template'}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Text size="sm" fw={500} mb={4}>
            Preview with sample data
          </Text>
          <EmailPreview subject={preview.subject} body={preview.body} label="Template preview" />
        </Grid.Col>
      </Grid>
      <ConfirmModal
        opened={confirmReset}
        title="Reset this template?"
        confirmLabel="Reset"
        loading={resetting}
        onCancel={() => setConfirmReset(false)}
        onConfirm={doReset}
      >
        <Text size="sm">
          {clientId
            ? "This client's own text is removed; its emails use the workspace template again."
            : "The workspace's text is removed; emails use the built-in template (client overrides stay)."}
        </Text>
      </ConfirmModal>
    </form>
  );
}
