import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import {
  IconArchive,
  IconArrowBackUp,
  IconArrowDown,
  IconArrowUp,
  IconDots,
  IconPencil,
  IconTrash,
} from '@tabler/icons-react';
import type { CustomFieldDefinitionsQuery } from '@clientflow/graphql-types/admin';
import { CustomFieldTypeBadge } from './custom-field-type-badge';

export type DefinitionRow = CustomFieldDefinitionsQuery['customFieldDefinitions'][number];

interface CustomFieldsTableProps {
  definitions: DefinitionRow[];
  busy: boolean;
  onEdit: (d: DefinitionRow) => void;
  onMove: (d: DefinitionRow, direction: -1 | 1) => void;
  onArchive: (d: DefinitionRow) => void;
  onRestore: (d: DefinitionRow) => void;
  onDelete: (d: DefinitionRow) => void;
}

export function CustomFieldsTable({
  definitions,
  busy,
  onEdit,
  onMove,
  onArchive,
  onRestore,
  onDelete,
}: CustomFieldsTableProps) {
  const active = definitions.filter((d) => !d.archivedAt);
  return (
    <Table.ScrollContainer minWidth={340}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>Order</Table.Th>
            <Table.Th>Field</Table.Th>
            <Table.Th visibleFrom="sm">Type</Table.Th>
            <Table.Th visibleFrom="sm" ta="right">
              Clients with a value
            </Table.Th>
            <Table.Th w={60}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {definitions.map((d) => {
            const index = active.indexOf(d);
            const archived = Boolean(d.archivedAt);
            return (
              <Table.Tr key={d.id} opacity={archived ? 0.65 : 1}>
                <Table.Td>
                  {!archived && (
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Move ${d.label} up`}
                        disabled={busy || index === 0}
                        onClick={() => onMove(d, -1)}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Move ${d.label} down`}
                        disabled={busy || index === active.length - 1}
                        onClick={() => onMove(d, 1)}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text fw={600} size="sm">
                        {d.label}
                      </Text>
                      {archived && (
                        <Badge size="xs" variant="outline" color="gray">
                          Archived
                        </Badge>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {d.key}
                    </Text>
                    <Group gap={6} hiddenFrom="sm">
                      <CustomFieldTypeBadge type={d.type} />
                      <Text size="xs" c="dimmed">
                        {d.usageCount} client{d.usageCount === 1 ? '' : 's'}
                      </Text>
                    </Group>
                    {d.helpText && (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {d.helpText}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Stack gap={4} align="flex-start">
                    <CustomFieldTypeBadge type={d.type} />
                    {d.type === 'SELECT' && (
                      <Tooltip label={d.options.join(', ')} multiline maw={280}>
                        <Text size="xs" c="dimmed">
                          {d.options.length} option{d.options.length === 1 ? '' : 's'}
                        </Text>
                      </Tooltip>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td visibleFrom="sm" ta="right">
                  <Text size="sm">{d.usageCount}</Text>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${d.label}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(d)}>
                        Edit
                      </Menu.Item>
                      {archived ? (
                        <Menu.Item leftSection={<IconArrowBackUp size={14} />} onClick={() => onRestore(d)}>
                          Restore
                        </Menu.Item>
                      ) : (
                        <Menu.Item leftSection={<IconArchive size={14} />} onClick={() => onArchive(d)}>
                          Archive
                        </Menu.Item>
                      )}
                      <Menu.Divider />
                      <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(d)}>
                        Delete…
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
