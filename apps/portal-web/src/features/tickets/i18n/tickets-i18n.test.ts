import { describeFeatureMessages } from '../../../shared/i18n/feature-messages.test-kit';
import { ticketsEn } from './en';
import { ticketsEs } from './es';
import { ticketsFr } from './fr';
import { ticketsPt } from './pt';
import { ticketsMessages } from './tickets-i18n';

describeFeatureMessages('tickets', ticketsEn, { pt: ticketsPt, es: ticketsEs, fr: ticketsFr });

describe('tickets messages loading', () => {
  it('falls back to English until a language has loaded, then uses it', async () => {
    expect(ticketsMessages.isLoaded('es')).toBe(false);
    expect(ticketsMessages.translate('es', 'tickets.status.PENDING')).toBe('Awaiting your reply');
    await ticketsMessages.load('es');
    expect(ticketsMessages.translate('es', 'tickets.status.PENDING')).toBe('Esperando tu respuesta');
    expect(ticketsMessages.translate('es', 'tickets.page', { page: 2, total: 3 })).toBe('Página 2 de 3');
  });
});
