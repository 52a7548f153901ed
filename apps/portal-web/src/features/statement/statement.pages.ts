/**
 * The invoices pages, loaded as one chunk by the router (one lazy import keeps the entry bundle's chunk table small),
 * with `messagesReady` so the language on screen arrives with them and never flashes English.
 */
import { statementMessages } from './i18n/statement-i18n';

export { StatementRoute } from './routes/statement.route';
export { InvoiceDetailRoute } from './routes/invoice-detail.route';
export const messagesReady = statementMessages.preload;
