import { Button, Group, Text } from '@mantine/core';

interface Props {
  placeholders: readonly string[];
  onInsert: (placeholder: string) => void;
}

/** One button per placeholder the kind allows; inserts `{{name}}` where the caret was. */
export function PlaceholderButtons({ placeholders, onInsert }: Props) {
  return (
    <div>
      <Text size="xs" c="dimmed" mb={4}>
        Insert a placeholder (at the cursor of the last field you edited)
      </Text>
      <Group gap={4}>
        {placeholders.map((p) => (
          <Button
            key={p}
            size="compact-xs"
            variant="light"
            ff="monospace"
            // Keep the caret where it is in the field being edited.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onInsert(p)}
            aria-label={`Insert {{${p}}}`}
          >
            {`{{${p}}}`}
          </Button>
        ))}
      </Group>
    </div>
  );
}
