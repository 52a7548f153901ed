import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { resolveViewer } from '../../../platform/auth/viewer';
import { logger } from '../../../platform/logger/logger';
import { Workspace } from '../../identity/workspace.entity';
import { Invoice } from '../invoices/invoice.entity';
import type { Services } from '../../../platform/module';
import { CheckoutSession } from './checkout-session.entity';
import { deliverSigned, localPaymentEvents } from './local-provider';
import { localCheckoutPage } from './local-checkout.page';

const PAGE_CSP = (portalOrigin: string) =>
  `default-src 'none'; style-src 'unsafe-inline'; form-action 'self' ${portalOrigin}; frame-ancestors 'none'; base-uri 'none'`;

/** The API's own address, so the stand-in reaches the real webhook endpoint over HTTP like Stripe would. */
function selfUrl(req: Request): string {
  const address = req.socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':')
    ? address === '::1' || address.startsWith('::ffff:')
      ? '127.0.0.1'
      : `[${address}]`
    : address;
  return `http://${host}:${req.socket.localPort}`;
}

/**
 * The local stand-in's hosted page (`/payments/local-checkout/:id`). Only the portal session of the checkout's
 * client may open or pay it; the session cookie is SameSite=Lax, so a cross-site form cannot pay or cancel.
 */
export function localCheckoutRouter(deps: {
  dataSource: DataSource;
  services: Services;
  secret: string | null;
  portalOrigin: string;
}): Router {
  const router = express.Router();
  const { dataSource, services } = deps;

  async function load(req: Request, res: Response): Promise<CheckoutSession | null> {
    const viewer = await resolveViewer(req, 'portal', { dataSource, tokens: services.tokens });
    const checkout =
      viewer.kind === 'portal' ? await services.checkouts.findLocal(dataSource, String(req.params.id), viewer) : null;
    res.set({ 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
    if (viewer.kind !== 'portal') res.status(401).type('text/plain').send('Sign in to the client portal to continue.');
    else if (!checkout) res.status(404).type('text/plain').send('This checkout does not exist.');
    return checkout;
  }

  const backTo = (checkout: CheckoutSession, state: 'success' | 'cancelled') =>
    `${deps.portalOrigin}/invoices?payment=${state}&checkout=${checkout.id}`;

  router.get('/local-checkout/:id', async (req, res) => {
    const checkout = await load(req, res);
    if (!checkout) return;
    const workspace = await dataSource.getRepository(Workspace).findOneByOrFail({ id: checkout.workspaceId });
    const invoices = await dataSource
      .getRepository(Invoice)
      .createQueryBuilder('i')
      .where('i."workspaceId" = :ws AND i."clientId" = :cid AND i.id IN (:...ids)', {
        ws: checkout.workspaceId,
        cid: checkout.clientId,
        ids: checkout.items.map((i) => i.invoiceId),
      })
      .getMany();
    const numbers = new Map(invoices.map((i) => [i.id, i.number ?? '']));
    res
      .set('Content-Security-Policy', PAGE_CSP(deps.portalOrigin))
      .type('html')
      .send(
        localCheckoutPage({
          agencyName: workspace.name,
          primaryColor: workspace.primaryColor,
          locale: workspace.locale,
          currency: checkout.currency,
          total: checkout.amount,
          lines: checkout.items.map((i) => ({ number: numbers.get(i.invoiceId) ?? '', amount: i.amount })),
          actionBase: `/payments/local-checkout/${encodeURIComponent(checkout.providerSessionId ?? '')}`,
          state: checkout.status,
        }),
      );
  });

  router.post('/local-checkout/:id/pay', async (req, res) => {
    const checkout = await load(req, res);
    if (!checkout) return;
    if (checkout.status === 'OPEN') {
      const webhook = `${selfUrl(req)}/webhooks/stripe`;
      for (const event of localPaymentEvents(checkout)) {
        const status = await deliverSigned(webhook, event, deps.secret!);
        if (status !== 200) {
          logger.error({ status, eventId: event.id }, 'local checkout: the webhook refused an event');
          return void res.status(502).type('text/plain').send('The payment could not be recorded. Please try again.');
        }
      }
    }
    res.redirect(303, backTo(checkout, 'success'));
  });

  router.post('/local-checkout/:id/cancel', async (req, res) => {
    const checkout = await load(req, res);
    if (!checkout) return;
    await dataSource
      .getRepository(CheckoutSession)
      .update({ id: checkout.id, status: 'OPEN' }, { status: 'CANCELLED' });
    res.redirect(303, backTo(checkout, 'cancelled'));
  });
  return router;
}
