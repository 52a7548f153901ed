import { Badge } from '@mantine/core';
import type { CustomFieldType } from '@clientflow/graphql-types/admin';
import { CUSTOM_FIELD_TYPE_COLORS, CUSTOM_FIELD_TYPE_LABELS } from '../lib/custom-field-form';

export function CustomFieldTypeBadge({ type }: { type: CustomFieldType }) {
  return (
    <Badge variant="light" color={CUSTOM_FIELD_TYPE_COLORS[type]} tt="none" radius="sm">
      {CUSTOM_FIELD_TYPE_LABELS[type]}
    </Badge>
  );
}
