import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../platform/config/config';
import { checkoutMetadata, providerKind, webhookSecret } from './payment-provider';

const config = (over: Parameters<typeof loadConfig>[0]) =>
  loadConfig({ stripeSecretKey: undefined, stripeWebhookSecret: undefined, ...over });

describe('payment provider choice', () => {
  it('uses Stripe with a key, the local stand-in without one, and nothing in production without a key', () => {
    expect(providerKind(config({ paymentsProvider: 'auto', stripeSecretKey: 'sk_test_x' }))).toBe('STRIPE');
    expect(providerKind(config({ paymentsProvider: 'auto', isProduction: false }))).toBe('LOCAL');
    expect(providerKind(config({ paymentsProvider: 'auto', isProduction: true }))).toBeNull();
    expect(providerKind(config({ paymentsProvider: 'local', isProduction: true }))).toBe('LOCAL');
    expect(providerKind(config({ paymentsProvider: 'off', stripeSecretKey: 'sk_test_x' }))).toBeNull();
    expect(() => providerKind(config({ paymentsProvider: 'stripe' }))).toThrow(/STRIPE_SECRET_KEY/);
  });

  it('needs the webhook secret with Stripe and keeps a random one under DATA_DIR for the stand-in', () => {
    expect(() => webhookSecret(config({}), 'STRIPE')).toThrow(/STRIPE_WEBHOOK_SECRET/);
    expect(webhookSecret(config({ stripeWebhookSecret: 'whsec_given' }), 'STRIPE')).toBe('whsec_given');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-pay-'));
    const first = webhookSecret(config({ dataDir }), 'LOCAL');
    expect(first).toMatch(/^whsec_[\w-]{40,}$/);
    expect(webhookSecret(config({ dataDir }), 'LOCAL')).toBe(first);
    expect(webhookSecret(config({ dataDir }), null)).toBeNull();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("splits invoice ids and amounts over metadata keys that stay under Stripe's 500 characters", () => {
    const items = Array.from({ length: 20 }, (_, i) => ({
      invoiceId: `0000000${i}-aaaa-bbbb-cccc-dddddddddddd`.slice(-36),
      amount: 99_999_999,
    }));
    const metadata = checkoutMetadata({ checkoutId: 'c', workspaceId: 'w', clientId: 'k', items });
    const chunks = Object.keys(metadata).filter((k) => k.startsWith('invoices_'));
    expect(chunks).toEqual(['invoices_0', 'invoices_1']);
    expect(Object.values(metadata).every((v) => v.length <= 500)).toBe(true);
    expect(chunks.flatMap((k) => metadata[k].split(','))).toHaveLength(20);
  });
});
