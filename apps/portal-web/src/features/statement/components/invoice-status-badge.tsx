import { Badge, Group } from '@mantine/core';
import type { PortalInvoiceStatus } from '@clientflow/graphql-types/portal';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useStatementT } from '../i18n/statement-i18n';

const COLORS: Record<PortalInvoiceStatus, string> = {
  SENT: 'blue',
  PARTIAL: 'yellow',
  PAID: 'green',
  OVERDUE: 'red',
  VOID: 'gray',
};

interface InvoiceStatusBadgeProps {
  status: PortalInvoiceStatus;
  /** Money on its way (a payment that settles later): shown as a "Settling" badge with the amount. */
  settling?: { amount: number; currency: string };
}

export function InvoiceStatusBadge({ status, settling }: InvoiceStatusBadgeProps) {
  const t = useStatementT();
  const f = useFormatters();
  const badge = (
    <Badge color={COLORS[status]} variant={status === 'VOID' ? 'outline' : 'light'}>
      {t(`invoiceStatus.${status}`)}
    </Badge>
  );
  if (!settling || settling.amount <= 0) return badge;
  return (
    <Group gap={4} wrap="nowrap">
      {badge}
      <Badge color="teal" variant="light">
        {t('invoiceStatus.SETTLING', { amount: f.money(settling.amount, settling.currency) })}
      </Badge>
    </Group>
  );
}
