import { Skeleton, Table } from '@mantine/core';

/** Placeholder rows while a table's first page loads (`data-testid="skeleton-row"` for tests). */
export function TableSkeletonRows({
  columns,
  rows = 6,
  cellWidth = () => '70%',
}: {
  columns: number;
  rows?: number;
  cellWidth?: (column: number) => string;
}) {
  return Array.from({ length: rows }, (_, row) => (
    <Table.Tr key={row} data-testid="skeleton-row">
      {Array.from({ length: columns }, (_, col) => (
        <Table.Td key={col}>
          <Skeleton height={12} width={cellWidth(col)} radius="sm" />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
