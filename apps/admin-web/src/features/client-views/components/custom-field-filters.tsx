import { useState } from 'react';
import { ActionIcon, Button, Group, Pill, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { CustomFieldParam } from '../../clients/lib/client-list-params';

const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Custom field filters as key = value pairs (all must match); keys are the field definitions' keys. */
export function CustomFieldFilters({
  value,
  onChange,
}: {
  value: CustomFieldParam[];
  onChange: (next: CustomFieldParam[]) => void;
}) {
  const [key, setKey] = useState('');
  const [fieldValue, setFieldValue] = useState('');
  const keyError = key && !KEY.test(key) ? 'Letters, digits and _ only' : null;
  const add = () => {
    if (!key || keyError || !fieldValue.trim()) return;
    onChange([...value.filter((cf) => cf.key !== key), { key, value: fieldValue.trim() }]);
    setKey('');
    setFieldValue('');
  };

  return (
    <Group mt="sm" gap="xs" align="flex-end" wrap="wrap">
      <Text size="sm" fw={500} w="100%">
        Custom fields
      </Text>
      {value.map((cf) => (
        <Pill
          key={cf.key}
          withRemoveButton
          onRemove={() => onChange(value.filter((x) => x.key !== cf.key))}
          removeButtonProps={{ 'aria-label': `Remove ${cf.key} filter` }}
        >
          {cf.key} = {cf.value}
        </Pill>
      ))}
      <TextInput
        aria-label="Custom field key"
        placeholder="field key"
        value={key}
        error={keyError}
        onChange={(e) => setKey(e.currentTarget.value.trim())}
        w={150}
        size="xs"
      />
      <TextInput
        aria-label="Custom field value"
        placeholder="value"
        value={fieldValue}
        onChange={(e) => setFieldValue(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && add()}
        w={150}
        size="xs"
      />
      {value.length === 0 ? (
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          onClick={add}
          disabled={!key || !!keyError || !fieldValue.trim()}
        >
          Add
        </Button>
      ) : (
        <ActionIcon
          variant="default"
          aria-label="Add custom field filter"
          onClick={add}
          disabled={!key || !!keyError || !fieldValue.trim()}
        >
          <IconPlus size={14} />
        </ActionIcon>
      )}
    </Group>
  );
}
