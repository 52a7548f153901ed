import { BillingListPage } from '../../shared/components/billing-list-page';
import { InvoicesList } from '../components/invoices-list';
import { INVOICE_SORT_FIELDS } from '../lib/invoice-list';

export function InvoicesListRoute() {
  return <BillingListPage kind="INVOICE" sortFields={INVOICE_SORT_FIELDS} List={InvoicesList} />;
}
