import { describeFeatureMessages } from '../../../shared/i18n/feature-messages.test-kit';
import { statementEn } from './en';
import { statementEs } from './es';
import { statementFr } from './fr';
import { statementPt } from './pt';
import { statementMessages } from './statement-i18n';

describeFeatureMessages('statement', statementEn, { pt: statementPt, es: statementEs, fr: statementFr });

describe('statement messages loading', () => {
  it('falls back to English until a language has loaded, then uses it', async () => {
    expect(statementMessages.translate('fr', 'invoiceStatus.PARTIAL')).toBe('Partly paid');
    await statementMessages.load('fr');
    expect(statementMessages.translate('fr', 'invoiceStatus.PARTIAL')).toBe(statementFr['invoiceStatus.PARTIAL']);
    expect(statementMessages.translate('fr', 'invoice.title', { number: 'INV-7' })).toContain('INV-7');
  });
});
