import type { ReactNode } from 'react';
import { Button, Group, Menu, Paper, Stack } from '@mantine/core';
import { IconDots, IconFileTypePdf, IconTimeline } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { InvoiceTotals } from '@clientflow/domain';
import type { BillingKind } from '../lib/document-form-values';
import { DocumentLinesTable } from './document-lines-table';
import { pdfHref } from './send-document-button';
import { TotalsSummary } from './totals-summary';

/** "Download PDF" and a "More" menu (client timeline first, then the document's own items). */
export function DocumentMoreActions({
  kind,
  id,
  clientId,
  children,
}: {
  kind: BillingKind;
  id: string;
  clientId: string;
  children?: ReactNode;
}) {
  return (
    <>
      <Button component="a" href={pdfHref(kind, id)} variant="default" leftSection={<IconFileTypePdf size={16} />}>
        Download PDF
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" rightSection={<IconDots size={16} />}>
            More
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to={`/clients/${clientId}?tab=timeline`} leftSection={<IconTimeline size={16} />}>
            Client timeline
          </Menu.Item>
          {children}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}

interface DocumentLinesCardProps {
  document: {
    currency: string;
    subtotal: number;
    total: number;
    taxSummary: InvoiceTotals['taxes'];
    lines: Parameters<typeof DocumentLinesTable>[0]['lines'];
  };
  locale: string;
  paid?: number;
  balance?: number;
}

/** The stored lines and the server's totals of a sent document. */
export function DocumentLinesCard({ document: d, locale, paid, balance }: DocumentLinesCardProps) {
  return (
    <Paper withBorder p="md">
      <Stack gap="md">
        <DocumentLinesTable lines={d.lines} currency={d.currency} locale={locale} />
        <Group justify="flex-end">
          <TotalsSummary
            totals={{ subtotal: d.subtotal, taxes: d.taxSummary, total: d.total }}
            currency={d.currency}
            locale={locale}
            paid={paid}
            balance={balance}
          />
        </Group>
      </Stack>
    </Paper>
  );
}
