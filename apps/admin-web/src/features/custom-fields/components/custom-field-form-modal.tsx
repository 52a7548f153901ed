import { useEffect } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import type { CustomFieldDefinitionFieldsFragment, CustomFieldType } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCreateCustomFieldDefinition, useUpdateCustomFieldDefinition } from '../hooks/use-custom-field-mutations';
import {
  CUSTOM_FIELD_TYPE_HINTS,
  CUSTOM_FIELD_TYPE_LABELS,
  customFieldFormFrom,
  emptyCustomFieldForm,
  MAX_HELP,
  MAX_LABEL,
  toCreateInput,
  toUpdateInput,
  validateCustomFieldForm,
  type CustomFieldFormValues,
} from '../lib/custom-field-form';
import { SelectOptionsEditor } from './select-options-editor';

const TYPE_OPTIONS = (Object.keys(CUSTOM_FIELD_TYPE_LABELS) as CustomFieldType[]).map((value) => ({
  value,
  label: CUSTOM_FIELD_TYPE_LABELS[value],
}));

interface CustomFieldFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this definition; create a new one when absent. */
  definition?: CustomFieldDefinitionFieldsFragment | null;
}

export function CustomFieldFormModal({ opened, onClose, definition }: CustomFieldFormModalProps) {
  const editing = Boolean(definition);
  const [create, createState] = useCreateCustomFieldDefinition();
  const [update, updateState] = useUpdateCustomFieldDefinition();
  const saving = createState.loading || updateState.loading;
  const form = useForm<CustomFieldFormValues>({
    initialValues: emptyCustomFieldForm(),
    validate: validateCustomFieldForm,
  });

  // Stable methods of `form`, which itself is a new object every render.
  const { setValues, resetDirty, clearErrors } = form;
  useEffect(() => {
    if (!opened) return;
    setValues(definition ? customFieldFormFrom(definition) : emptyCustomFieldForm());
    resetDirty();
    clearErrors();
  }, [opened, definition, setValues, resetDirty, clearErrors]);

  const handleSubmit = form.onSubmit(async (values) => {
    try {
      if (definition) {
        await update({ variables: { id: definition.id, input: toUpdateInput(values) } });
        notifications.show({ color: 'teal', title: 'Saved', message: `${values.label.trim()} was updated.` });
      } else {
        await create({ variables: { input: toCreateInput(values) } });
        notifications.show({
          color: 'teal',
          title: 'Field added',
          message: `${values.label.trim()} now appears on every client.`,
        });
      }
      onClose();
    } catch (error) {
      if (applyServerFieldError(form, error)) return;
      const { code, message } = apiErrorInfo(error);
      if (code === 'BAD_USER_INPUT') notifications.show({ color: 'red', title: 'Check the form', message });
    }
  }, focusFirstError(form));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? `Edit ${definition!.label}` : 'New custom field'}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate aria-label={editing ? 'Edit custom field' : 'New custom field'}>
        <Stack gap="md">
          <TextInput
            label="Label"
            placeholder="e.g. Contract renewal"
            required
            data-autofocus
            maxLength={MAX_LABEL}
            {...form.getInputProps('label')}
          />
          <Select
            label="Type"
            data={TYPE_OPTIONS}
            allowDeselect={false}
            disabled={editing}
            description={
              editing ? 'The type cannot change once a field exists.' : CUSTOM_FIELD_TYPE_HINTS[form.values.type]
            }
            {...form.getInputProps('type')}
            onChange={(value) => {
              form.setFieldValue('type', (value ?? 'TEXT') as CustomFieldType);
              form.clearFieldError('options');
            }}
          />
          {form.values.type === 'SELECT' && <SelectOptionsEditor form={form} />}
          <Textarea
            label="Help text"
            description="Optional; shown under the field when editing a client."
            autosize
            minRows={2}
            maxRows={4}
            maxLength={MAX_HELP}
            {...form.getInputProps('helpText')}
          />
          {editing ? (
            <Text size="xs" c="dimmed">
              Stored as <code>{definition!.key}</code>; the key stays the same when you rename the field.
            </Text>
          ) : (
            <Alert variant="light" icon={<IconInfoCircle size={18} />} p="sm">
              A stable key is generated from the label. Renaming the field later keeps existing values.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Cancel
            </Button>
            <Button type="submit" loading={saving} disabled={editing && !form.isDirty()}>
              {editing ? 'Save changes' : 'Create field'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
