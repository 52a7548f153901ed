import { BillingListPage } from '../../shared/components/billing-list-page';
import { QuotesList } from '../components/quotes-list';
import { QUOTE_SORT_FIELDS } from '../lib/quote-list';

export function QuotesListRoute() {
  return <BillingListPage kind="QUOTE" sortFields={QUOTE_SORT_FIELDS} List={QuotesList} />;
}
