import { ActionIcon, Button, Group, Input, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { MAX_OPTIONS, type CustomFieldFormValues } from '../lib/custom-field-form';

/** SELECT choices: add with Enter or the button, reorder, remove (the server refuses removing options clients use). */
export function SelectOptionsEditor({ form }: { form: UseFormReturnType<CustomFieldFormValues> }) {
  const options = form.values.options;
  const error = form.errors.options;

  return (
    <Input.Wrapper
      label="Options"
      description="Shown in this order. Press Enter to add another."
      error={error}
      required
    >
      <Stack gap={6} mt={6}>
        {options.map((_, index) => (
          <Group key={index} gap={6} wrap="nowrap">
            <TextInput
              flex={1}
              aria-label={`Option ${index + 1}`}
              placeholder={`Option ${index + 1}`}
              maxLength={100}
              {...form.getInputProps(`options.${index}`)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                if (options.length < MAX_OPTIONS) form.insertListItem('options', '', index + 1);
                requestAnimationFrame(() => form.getInputNode(`options.${index + 1}`)?.focus());
              }}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move option ${index + 1} up`}
              disabled={index === 0}
              onClick={() => form.reorderListItem('options', { from: index, to: index - 1 })}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move option ${index + 1} down`}
              disabled={index === options.length - 1}
              onClick={() => form.reorderListItem('options', { from: index, to: index + 1 })}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove option ${index + 1}`}
              disabled={options.length === 1}
              onClick={() => form.removeListItem('options', index)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            disabled={options.length >= MAX_OPTIONS}
            onClick={() => form.insertListItem('options', '')}
          >
            Add option
          </Button>
          <Text size="xs" c="dimmed">
            {options.length}/{MAX_OPTIONS}
          </Text>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
