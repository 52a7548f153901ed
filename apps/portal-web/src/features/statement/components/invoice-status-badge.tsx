import { Badge } from '@mantine/core';
import type { PortalInvoiceStatus } from '@clientflow/graphql-types/portal';
import { useT } from '../../../shared/i18n/i18n-provider';

const COLORS: Record<PortalInvoiceStatus, string> = { SENT: 'blue', PARTIAL: 'yellow', PAID: 'green', OVERDUE: 'red', VOID: 'gray' };

export function InvoiceStatusBadge({ status }: { status: PortalInvoiceStatus }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant={status === 'VOID' ? 'outline' : 'light'}>
      {t(`invoiceStatus.${status}`)}
    </Badge>
  );
}
