import { Button, Group, Paper, Text } from '@mantine/core';
import { IconCreditCard, IconDownload, IconX } from '@tabler/icons-react';
import type { PortalInvoiceRowFragment } from '@clientflow/graphql-types/portal';
import { useStatementT } from '../i18n/statement-i18n';
import { invoicesZipUrl, payBlock } from '../lib/statement-selection';

interface SelectionBarProps {
  selected: readonly PortalInvoiceRowFragment[];
  canPayOnline: boolean;
  paying: boolean;
  onPay: () => void;
  onClear: () => void;
}

const HINT = {
  unavailable: 'statement.payUnavailable',
  notOpen: 'statement.payHintOpen',
  settling: 'statement.payHintSettling',
  currency: 'statement.payHintCurrency',
} as const;

/** Actions on the ticked invoices: pay them online together, or download their PDFs as one ZIP. */
export function SelectionBar({ selected, canPayOnline, paying, onPay, onClear }: SelectionBarProps) {
  const t = useStatementT();
  if (!selected.length) return null;
  const block = payBlock(selected, canPayOnline);
  return (
    <Paper
      withBorder
      p="sm"
      pos="sticky"
      bottom={8}
      shadow="sm"
      style={{ zIndex: 2 }}
      aria-label={t('statement.selected', { count: selected.length })}
      component="section"
    >
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <Text fw={600}>{t('statement.selected', { count: selected.length })}</Text>
          <Button variant="subtle" size="compact-sm" leftSection={<IconX size={14} />} onClick={onClear}>
            {t('statement.clearSelection')}
          </Button>
        </Group>
        <Group gap="xs">
          {block && (
            <Text size="sm" c="dimmed">
              {t(HINT[block])}
            </Text>
          )}
          <Button
            component="a"
            href={invoicesZipUrl(selected.map((i) => i.id))}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            {t('statement.download')}
          </Button>
          <Button leftSection={<IconCreditCard size={16} />} disabled={!!block} loading={paying} onClick={onPay}>
            {t('statement.payNow')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
