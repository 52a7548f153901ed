import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Button,
  Checkbox,
  Center,
  EmptyState,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconClockOff } from '@tabler/icons-react';
import { formatCalendarDate, formatMoney, lineAmounts } from '@clientflow/domain';
import { UnbilledTimeDocument, type UnbilledTimeGrouping } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../../shared/components/error-state';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { lineFromSuggestion, notYetOnLines } from '../../shared/lib/suggested-lines';
import type { LineFormValue } from '../../shared/lib/line-values';

interface UnbilledTimeModalProps {
  opened: boolean;
  onClose(): void;
  clientId: string;
  projectId: string | null;
  currency: string;
  locale: string;
  lines: readonly LineFormValue[];
  onAdd(lines: LineFormValue[]): void;
}

/** The client's billable, unbilled time grouped by task or person; the chosen groups become TIME lines. */
export function UnbilledTimeModal({
  opened,
  onClose,
  clientId,
  projectId,
  currency,
  locale,
  lines,
  onAdd,
}: UnbilledTimeModalProps) {
  const [groupBy, setGroupBy] = useState<UnbilledTimeGrouping>('TASK');
  const { data, loading, error, refetch } = useQuery(UnbilledTimeDocument, {
    variables: { clientId, projectId, groupBy },
    skip: !opened,
    fetchPolicy: 'network-only',
    context: { handledErrorCodes: ['*'] },
  });
  const suggestions = notYetOnLines(data?.unbilledTime ?? [], lines);
  const allPicked = () => new Set(suggestions.map((_, i) => i));
  // Every suggestion starts picked, again whenever an answer arrives.
  const [picked, setPicked] = useState<Set<number>>(allPicked);
  const [pickedFrom, setPickedFrom] = useState(data);
  if (data !== pickedFrom) {
    setPickedFrom(data);
    setPicked(allPicked());
  }
  const chosen = suggestions.filter((_, i) => picked.has(i));
  const toggle = (i: number) =>
    setPicked((prev) => new Set(prev.has(i) ? [...prev].filter((x) => x !== i) : [...prev, i]));

  return (
    <Modal opened={opened} onClose={onClose} title="Add unbilled time" size="xl">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            Billable time not invoiced yet{projectId ? ' for this project' : ''}. Once the invoice is saved, these
            entries are billed.
          </Text>
          <SegmentedControl
            aria-label="Group time by"
            value={groupBy}
            onChange={(v) => setGroupBy(v as UnbilledTimeGrouping)}
            data={[
              { value: 'TASK', label: 'By task' },
              { value: 'PERSON', label: 'By person' },
            ]}
          />
        </Group>
        {loading && !data ? (
          <Center py="lg" role="status" aria-label="Loading unbilled time">
            <Loader />
          </Center>
        ) : error ? (
          <ErrorState
            title="Could not load unbilled time"
            message={apiErrorInfo(error).message}
            onRetry={() => void refetch()}
          />
        ) : suggestions.length === 0 ? (
          <EmptyState
            py="lg"
            icon={<IconClockOff />}
            title="No unbilled time"
            description="Every billable entry of this client is already on an invoice."
          />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" aria-label="Unbilled time">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Select all"
                      checked={picked.size === suggestions.length}
                      indeterminate={picked.size > 0 && picked.size < suggestions.length}
                      onChange={() => setPicked(picked.size === suggestions.length ? new Set() : allPicked())}
                    />
                  </Table.Th>
                  <Table.Th>Line</Table.Th>
                  <Table.Th>Dates</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>Hours</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {suggestions.map((s, i) => (
                  <Table.Tr key={s.timeEntryIds.join(',')}>
                    <Table.Td>
                      <Checkbox
                        aria-label={`Bill ${s.description}`}
                        checked={picked.has(i)}
                        onChange={() => toggle(i)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{s.description}</Text>
                      <Text size="xs" c="dimmed">
                        {s.timeEntryIds.length} {s.timeEntryIds.length === 1 ? 'entry' : 'entries'} ·{' '}
                        {formatMoney(s.unitPrice, { locale, currency })}/h
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm">
                        {formatCalendarDate(s.firstDate, locale) || '—'}
                        {s.lastDate && s.lastDate !== s.firstDate ? ` – ${formatCalendarDate(s.lastDate, locale)}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{s.quantity.toLocaleString(locale)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                      {formatMoney(
                        lineAmounts({ quantity: s.quantity, unitPrice: s.unitPrice, taxRate: s.taxRate }).net,
                        { locale, currency },
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            disabled={!chosen.length}
            onClick={() => {
              onAdd(chosen.map(lineFromSuggestion));
              onClose();
            }}
          >
            Add {chosen.length || ''} {chosen.length === 1 ? 'line' : 'lines'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
