import type { KeyboardEvent } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Table,
  Text,
  Textarea,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import type { InvoiceTotals } from '@clientflow/domain';
import { formatMoney } from '@clientflow/domain';
import { emptyLine, type LineFormValue } from '../lib/line-values';
import { MoneyInput, PercentInput } from './scaled-number-input';

export interface LinesFormValues {
  lines: LineFormValue[];
}

interface LineItemsEditorProps<V extends LinesFormValues> {
  form: UseFormReturnType<V>;
  currency: string;
  locale: string;
  /** Live totals of the current lines (their per-line amounts), null while a line is incomplete. */
  totals: InvoiceTotals | null;
  defaultTaxRate: number;
}

const SOURCE_LABEL = { FIXED_FEE: 'Project fee', TIME: 'Time', AD_HOC: null } as const;

/**
 * The lines table: description, quantity, unit price, tax %, discount %. Rows move with the arrow buttons or
 * Alt+↑ / Alt+↓ from any field of the row; the field errors use the API's paths (`lines.2.quantity`).
 */
export function LineItemsEditor<V extends LinesFormValues>({
  form,
  currency,
  locale,
  totals,
  defaultTaxRate,
}: LineItemsEditorProps<V>) {
  // The form is generic over the editor's document; its list helpers only need the `lines` path.
  const f = form as unknown as UseFormReturnType<LinesFormValues>;
  const lines = f.values.lines;
  const move = (from: number, to: number) => {
    if (to < 0 || to >= lines.length) return;
    f.reorderListItem('lines', { from, to });
    // Keep focus on the row that moved so repeated Alt+arrows keep moving it.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-line-row="${to}"] textarea`)?.focus());
  };
  const onRowKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, index + 1);
    }
  };
  const addLine = () => {
    f.insertListItem('lines', emptyLine(defaultTaxRate));
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-line-row="${lines.length}"] textarea`)?.focus(),
    );
  };

  return (
    <div>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="xs" aria-label="Lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={32}>#</Table.Th>
              <Table.Th>Description</Table.Th>
              <Table.Th w={100}>Qty</Table.Th>
              <Table.Th w={140}>Unit price</Table.Th>
              <Table.Th w={96}>Tax</Table.Th>
              <Table.Th w={96}>Discount</Table.Th>
              <Table.Th w={120} style={{ textAlign: 'right' }}>
                Amount
              </Table.Th>
              <Table.Th w={104}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, i) => {
              const n = i + 1;
              const source = SOURCE_LABEL[line.source];
              const amount = totals?.lines[i];
              return (
                <Table.Tr key={line.key} data-line-row={i} onKeyDown={onRowKeyDown(i)} style={{ verticalAlign: 'top' }}>
                  <Table.Td pt={14}>
                    <Text size="sm" c="dimmed">
                      {n}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      aria-label={`Line ${n} description`}
                      placeholder="What is billed"
                      autosize
                      minRows={1}
                      maxRows={4}
                      {...f.getInputProps(`lines.${i}.description`)}
                    />
                    {source && (
                      <Badge size="xs" variant="dot" mt={4} tt="none">
                        {source}
                        {line.timeEntryIds.length ? ` · ${line.timeEntryIds.length} entries` : ''}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`Line ${n} quantity`}
                      min={0}
                      decimalScale={3}
                      hideControls
                      allowNegative={false}
                      {...f.getInputProps(`lines.${i}.quantity`)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <MoneyInput
                      aria-label={`Line ${n} unit price`}
                      currency={currency}
                      locale={locale}
                      value={line.unitPrice}
                      onChange={(v) => f.setFieldValue(`lines.${i}.unitPrice`, v)}
                      error={f.errors[`lines.${i}.unitPrice`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <PercentInput
                      aria-label={`Line ${n} tax rate`}
                      value={line.taxRate}
                      onChange={(v) => f.setFieldValue(`lines.${i}.taxRate`, v)}
                      error={f.errors[`lines.${i}.taxRate`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <PercentInput
                      aria-label={`Line ${n} discount`}
                      value={line.discount}
                      onChange={(v) => f.setFieldValue(`lines.${i}.discount`, v)}
                      error={f.errors[`lines.${i}.discount`]}
                    />
                  </Table.Td>
                  <Table.Td
                    pt={14}
                    style={{ textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
                  >
                    <Text size="sm" fw={500} data-testid={`line-${n}-amount`}>
                      {amount ? formatMoney(amount.net, { locale, currency }) : '—'}
                    </Text>
                    {amount && amount.discount > 0 && (
                      <Text size="xs" c="dimmed">
                        −{formatMoney(amount.discount, { locale, currency })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <Tooltip label="Move up (Alt+↑)">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move line ${n} up`}
                          disabled={i === 0}
                          onClick={() => move(i, i - 1)}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Move down (Alt+↓)">
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move line ${n} down`}
                          disabled={i === lines.length - 1}
                          onClick={() => move(i, i + 1)}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Remove line">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Remove line ${n}`}
                          onClick={() => f.removeListItem('lines', i)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {f.errors.lines && (
        <Text c="red" size="sm" role="alert">
          {f.errors.lines}
        </Text>
      )}
      <Button variant="light" leftSection={<IconPlus size={16} />} onClick={addLine} mt="sm">
        Add line
      </Button>
    </div>
  );
}
