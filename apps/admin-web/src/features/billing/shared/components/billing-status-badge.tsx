import { Badge } from '@mantine/core';
import type { InvoiceStatus, QuoteStatus } from '@clientflow/domain';
import { humanizeEnum } from '../../../../shared/lib/format';
import { INVOICE_STATUS_COLORS, QUOTE_STATUS_COLORS } from '../lib/billing-status';

type Props = { kind: 'INVOICE'; status: InvoiceStatus } | { kind: 'QUOTE'; status: QuoteStatus };

/** An invoice's or a quote's status; "Partial" reads "Partly paid". */
export function BillingStatusBadge(props: Props) {
  const color = props.kind === 'INVOICE' ? INVOICE_STATUS_COLORS[props.status] : QUOTE_STATUS_COLORS[props.status];
  const label = props.status === 'PARTIAL' ? 'Partly paid' : humanizeEnum(props.status);
  return (
    <Badge color={color} variant={props.status === 'VOID' ? 'outline' : 'light'}>
      {label}
    </Badge>
  );
}
