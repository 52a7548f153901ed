import { Badge } from '@mantine/core';
import type { PortalInvoiceStatus } from '@clientflow/graphql-types/portal';
import { useStatementT } from '../i18n/statement-i18n';

const COLORS: Record<PortalInvoiceStatus, string> = {
  SENT: 'blue',
  PARTIAL: 'yellow',
  PAID: 'green',
  OVERDUE: 'red',
  VOID: 'gray',
};

export function InvoiceStatusBadge({ status }: { status: PortalInvoiceStatus }) {
  const t = useStatementT();
  return (
    <Badge color={COLORS[status]} variant={status === 'VOID' ? 'outline' : 'light'}>
      {t(`invoiceStatus.${status}`)}
    </Badge>
  );
}
