import { createFeatureMessages, type FeatureTranslate } from '../../../shared/i18n/feature-messages';
import { ticketsEn, type TicketsKey } from './en';

/** The tickets pages' messages: English inside their chunk, the other languages loaded when a tickets page needs them. */
export const ticketsMessages = createFeatureMessages(ticketsEn, {
  pt: () => import('./pt').then((m) => m.ticketsPt),
  es: () => import('./es').then((m) => m.ticketsEs),
  fr: () => import('./fr').then((m) => m.ticketsFr),
});

export type TicketsTranslate = FeatureTranslate<TicketsKey>;

export const useTicketsT: () => TicketsTranslate = ticketsMessages.useT;
