import { ActionIcon, Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCheck, IconLink, IconX } from '@tabler/icons-react';
import type { CustomFieldDefinitionFieldsFragment } from '@clientflow/graphql-types/admin';
import { MAX_TEXT_VALUE, type CustomFieldDraft } from '../lib/custom-field-values';

interface CustomFieldValueEditorProps {
  definition: CustomFieldDefinitionFieldsFragment;
  draft: CustomFieldDraft;
  error: string | null;
  saving: boolean;
  onChange: (draft: CustomFieldDraft) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** One inline editor per field type; Enter saves, Escape cancels. */
export function CustomFieldValueEditor({
  definition,
  draft,
  error,
  saving,
  onChange,
  onSave,
  onCancel,
}: CustomFieldValueEditorProps) {
  const common = {
    'aria-label': definition.label,
    description: definition.helpText ?? undefined,
    error,
    autoFocus: true,
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCancel();
      } else if (event.key === 'Enter' && definition.type !== 'SELECT' && definition.type !== 'DATE') {
        event.preventDefault();
        onSave();
      }
    },
  };

  let input: React.ReactNode;
  switch (definition.type) {
    case 'NUMBER':
      input = (
        <NumberInput {...common} value={draft as number | string} onChange={(v) => onChange(v)} decimalScale={6} />
      );
      break;
    case 'DATE':
      input = (
        <DateInput
          {...common}
          value={(draft as string) || null}
          onChange={(v) => onChange(v ?? '')}
          valueFormat="D MMM YYYY"
          placeholder="Pick a date"
          clearable
          popoverProps={{ withinPortal: true }}
        />
      );
      break;
    case 'SELECT':
      input = (
        <Select
          {...common}
          data={definition.options}
          value={(draft as string) || null}
          onChange={(v) => onChange(v ?? '')}
          placeholder="Choose"
          clearable
          comboboxProps={{ withinPortal: true }}
        />
      );
      break;
    case 'CHECKBOX':
      input = (
        <Checkbox
          {...common}
          label={draft ? 'Yes' : 'No'}
          checked={Boolean(draft)}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
      break;
    case 'URL':
      input = (
        <TextInput
          {...common}
          type="url"
          inputMode="url"
          placeholder="https://"
          leftSection={<IconLink size={14} />}
          value={draft as string}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
      break;
    default:
      input = (
        <TextInput
          {...common}
          maxLength={MAX_TEXT_VALUE}
          value={draft as string}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
  }

  return (
    <Group gap={6} align="flex-start" wrap="nowrap">
      <div style={{ flex: 1, minWidth: 0 }}>{input}</div>
      <ActionIcon size="lg" variant="filled" aria-label={`Save ${definition.label}`} onClick={onSave} loading={saving}>
        <IconCheck size={16} />
      </ActionIcon>
      <ActionIcon
        size="lg"
        variant="default"
        aria-label={`Cancel editing ${definition.label}`}
        onClick={onCancel}
        disabled={saving}
      >
        <IconX size={16} />
      </ActionIcon>
    </Group>
  );
}
