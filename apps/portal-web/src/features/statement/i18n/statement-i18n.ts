import { createFeatureMessages, type FeatureTranslate } from '../../../shared/i18n/feature-messages';
import { statementEn } from './en';

/** The invoices pages' messages: English inside their chunk, the other languages loaded when an invoices page needs them. */
export const statementMessages = createFeatureMessages(statementEn, {
  pt: () => import('./pt').then((m) => m.statementPt),
  es: () => import('./es').then((m) => m.statementEs),
  fr: () => import('./fr').then((m) => m.statementFr),
});

export type StatementTranslate = FeatureTranslate<keyof typeof statementEn>;

export const useStatementT: () => StatementTranslate = statementMessages.useT;
