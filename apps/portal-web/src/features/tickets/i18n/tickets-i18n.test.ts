import { ticketsEn } from './en';
import { ticketsEs } from './es';
import { ticketsFr } from './fr';
import { ticketsPt } from './pt';
import { isTicketsLocaleLoaded, loadTicketsMessages, translateTickets } from './tickets-i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('tickets messages', () => {
  it.each([['pt', ticketsPt], ['es', ticketsEs], ['fr', ticketsFr]])('%s has every English key, none blank, same placeholders', (_locale, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(ticketsEn).sort());
    for (const key of Object.keys(ticketsEn) as (keyof typeof ticketsEn)[]) {
      expect(messages[key].trim()).not.toBe('');
      expect({ key, placeholders: placeholders(messages[key]) }).toEqual({ key, placeholders: placeholders(ticketsEn[key]) });
    }
  });

  it('falls back to English until a language has loaded, then uses it', async () => {
    expect(isTicketsLocaleLoaded('es')).toBe(false);
    expect(translateTickets('es', 'tickets.status.PENDING')).toBe('Awaiting your reply');
    await loadTicketsMessages('es');
    expect(translateTickets('es', 'tickets.status.PENDING')).toBe('Esperando tu respuesta');
    expect(translateTickets('es', 'tickets.page', { page: 2, total: 3 })).toBe('Página 2 de 3');
  });
});
