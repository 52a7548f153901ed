import { ActionIcon, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { currencyDecimals, formatMoney } from '@clientflow/domain';
import { useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { emptyLine, liveTotals, type RecurringFormValues } from '../lib/recurring-form';

/** FIXED line templates with totals computed live by the domain's invoiceTotals. */
export function RecurringLinesEditor({ form }: { form: UseFormReturnType<RecurringFormValues> }) {
  const format = useWorkspaceFormat();
  const { currency } = format;
  const totals = liveTotals(form.values, currency);
  const money = (n: number) => formatMoney(n, format);
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        Lines of every invoice
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={4} withRowBorders={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Description</Table.Th>
              <Table.Th w={90}>Qty</Table.Th>
              <Table.Th w={130}>Unit price ({currency})</Table.Th>
              <Table.Th w={90}>Tax %</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {form.values.lines.map((line, i) => (
              <Table.Tr key={line.key}>
                <Table.Td>
                  <TextInput
                    aria-label={`Line ${i + 1} description`}
                    maxLength={2000}
                    {...form.getInputProps(`lines.${i}.description`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Line ${i + 1} quantity`}
                    min={0}
                    decimalScale={3}
                    hideControls
                    {...form.getInputProps(`lines.${i}.quantity`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Line ${i + 1} unit price`}
                    min={0}
                    decimalScale={currencyDecimals(currency)}
                    thousandSeparator
                    hideControls
                    {...form.getInputProps(`lines.${i}.unitPrice`)}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`Line ${i + 1} tax rate`}
                    min={0}
                    max={100}
                    decimalScale={2}
                    hideControls
                    {...form.getInputProps(`lines.${i}.taxPercent`)}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove line ${i + 1}`}
                    disabled={form.values.lines.length === 1}
                    onClick={() => form.removeListItem('lines', i)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between" align="flex-start">
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => form.insertListItem('lines', emptyLine())}
        >
          Add line
        </Button>
        <Stack gap={2} align="flex-end" aria-live="polite">
          {totals ? (
            <>
              <Text size="sm" c="dimmed">
                Subtotal {money(totals.subtotal)} · Tax {money(totals.taxTotal)}
              </Text>
              <Text fw={600} data-testid="recurring-total">
                Each invoice: {money(totals.total)}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Complete the lines to see the total
            </Text>
          )}
          {form.errors.lines && (
            <Text size="sm" c="red">
              {form.errors.lines}
            </Text>
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
