import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StripeProvider } from './stripe-provider';

/** A local stand-in for api.stripe.com that records what the SDK sent. */
async function fakeStripe(answer: Record<string, unknown> | null = null) {
  const requests: { path: string; headers: http.IncomingHttpHeaders; form: URLSearchParams }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', headers: req.headers, form: new URLSearchParams(body) });
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify(
          answer ?? {
            id: 'cs_test_123',
            object: 'checkout.session',
            url: 'https://checkout.stripe.com/c/pay/cs_test_123',
          },
        ),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { requests, port: (server.address() as AddressInfo).port, close: () => new Promise((r) => server.close(r)) };
}

describe('Stripe Checkout provider', () => {
  it('creates one session with a line per invoice, our metadata on the session and its payment intent, and an idempotency key', async () => {
    const stripe = await fakeStripe();
    try {
      const provider = new StripeProvider('sk_test_fake', { host: '127.0.0.1', port: stripe.port, protocol: 'http' });
      const session = await provider.createSession({
        checkoutId: 'chk-1',
        workspaceId: 'ws-1',
        clientId: 'cl-1',
        currency: 'EUR',
        items: [
          { invoiceId: 'inv-a', number: 'INV-0001', amount: 12_000 },
          { invoiceId: 'inv-b', number: 'INV-0002', amount: 3_050 },
        ],
        agencyName: 'Northwind Studio',
        customerEmail: 'ana@client.example',
        successUrl: 'http://portal.test/invoices?payment=success',
        cancelUrl: 'http://portal.test/invoices?payment=cancelled',
      });
      expect(session).toEqual({
        providerSessionId: 'cs_test_123',
        url: 'https://checkout.stripe.com/c/pay/cs_test_123',
      });
      const [req] = stripe.requests;
      expect(req.path).toBe('/v1/checkout/sessions');
      expect(req.headers['idempotency-key']).toBe('checkout-chk-1');
      const f = req.form;
      expect(f.get('mode')).toBe('payment');
      expect(f.get('client_reference_id')).toBe('chk-1');
      expect(f.get('customer_email')).toBe('ana@client.example');
      expect(f.get('line_items[0][price_data][currency]')).toBe('eur');
      expect(f.get('line_items[0][price_data][unit_amount]')).toBe('12000');
      expect(f.get('line_items[1][price_data][product_data][name]')).toBe('Invoice INV-0002');
      for (const prefix of ['metadata', 'payment_intent_data[metadata]']) {
        expect(f.get(`${prefix}[checkoutId]`)).toBe('chk-1');
        expect(f.get(`${prefix}[workspaceId]`)).toBe('ws-1');
        expect(f.get(`${prefix}[invoices_0]`)).toBe('inv-a:12000,inv-b:3050');
      }
      expect(f.get('success_url')).toBe('http://portal.test/invoices?payment=success');
    } finally {
      await stripe.close();
    }
  });

  it('reads a session back with its payment intent expanded (reconciliation)', async () => {
    const stripe = await fakeStripe({
      id: 'cs_test_9',
      object: 'checkout.session',
      status: 'complete',
      payment_status: 'unpaid',
      amount_total: 15050,
      currency: 'eur',
      metadata: { checkoutId: 'chk-9', workspaceId: 'ws-1' },
      payment_intent: { id: 'pi_9', object: 'payment_intent', status: 'processing' },
    });
    try {
      const provider = new StripeProvider('sk_test_fake', { host: '127.0.0.1', port: stripe.port, protocol: 'http' });
      expect(await provider.retrieveSession('cs_test_9')).toEqual({
        id: 'cs_test_9',
        status: 'complete',
        paymentStatus: 'unpaid',
        amountTotal: 15050,
        currency: 'eur',
        paymentIntentId: 'pi_9',
        paymentIntentStatus: 'processing',
        metadata: { checkoutId: 'chk-9', workspaceId: 'ws-1' },
      });
      expect(decodeURIComponent(stripe.requests[0].path)).toBe(
        '/v1/checkout/sessions/cs_test_9?expand[0]=payment_intent',
      );
    } finally {
      await stripe.close();
    }
  });
});
