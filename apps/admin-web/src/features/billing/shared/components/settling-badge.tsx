import { Badge, Tooltip } from '@mantine/core';
import { formatMoney } from '@clientflow/domain';

/**
 * Money on its way for an invoice (paid with a method that settles later: Pix, boleto, SEPA debit). Reminders and
 * overdue marking hold an invoice whose balance is all settling; the portal does not offer to pay it again.
 */
export function SettlingBadge({ amount, currency, locale }: { amount: number; currency: string; locale: string }) {
  if (amount <= 0) return null;
  return (
    <Tooltip label="Paid with a method that settles later; recorded once the money arrives">
      <Badge color="cyan" variant="light">
        Settling {formatMoney(amount, { locale, currency })}
      </Badge>
    </Tooltip>
  );
}
