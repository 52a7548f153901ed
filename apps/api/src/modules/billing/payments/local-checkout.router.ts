import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { resolveViewer } from '../../../platform/auth/viewer';
import { logger } from '../../../platform/logger/logger';
import { Workspace } from '../../identity/workspace.entity';
import { Invoice } from '../invoices/invoice.entity';
import type { Services } from '../../../platform/module';
import { CheckoutSession } from './checkout-session.entity';
import { deliverSigned, type LocalProvider, type StripeLikeEvent } from './local-provider';
import { localCheckoutPage, type LocalCheckoutView } from './local-checkout.page';

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

const DONE: Record<string, string> = {
  paid: 'This checkout is already paid.',
  expired: 'This checkout was cancelled.',
  failed: 'The payment failed. You can start a new payment from the portal.',
};

/**
 * The local stand-in's hosted page (`/payments/local-checkout/:id`). Only the portal session of the checkout's
 * client may open or pay it; the session cookie is SameSite=Lax, so a cross-site form cannot pay or cancel.
 * It simulates paying by card, paying with a method that settles later (then the bank's success or failure), and
 * a lost webhook (`drop=1`: the stand-in records the payment on its side and sends nothing).
 */
export function localCheckoutRouter(deps: {
  dataSource: DataSource;
  services: Services;
  secret: string | null;
  portalOrigin: string;
}): Router {
  const router = express.Router();
  const { dataSource, services } = deps;
  const provider = services.paymentProvider as LocalProvider;
  router.use(express.urlencoded({ extended: false, limit: '2kb' }));

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

  /** Sends the events to the real webhook unless the form asked to drop them; false when one was refused. */
  async function deliver(req: Request, res: Response, events: StripeLikeEvent[]): Promise<boolean> {
    if (req.body?.drop === '1') {
      logger.info({ events: events.map((e) => e.type) }, 'local checkout: webhook dropped on purpose');
      return true;
    }
    const webhook = `${selfUrl(req)}/webhooks/stripe`;
    for (const event of events) {
      const status = await deliverSigned(webhook, event, deps.secret!);
      if (status !== 200) {
        logger.error({ status, eventId: event.id }, 'local checkout: the webhook refused an event');
        res.status(502).type('text/plain').send('The payment could not be recorded. Please try again.');
        return false;
      }
    }
    return true;
  }

  async function pageState(checkout: CheckoutSession): Promise<Pick<LocalCheckoutView, 'state' | 'doneMessage'>> {
    const session = await provider.retrieveSession(checkout.providerSessionId ?? '');
    if (session.status === 'open') return { state: 'OPEN', doneMessage: '' };
    if (session.paymentIntentStatus === 'processing') return { state: 'SETTLING', doneMessage: '' };
    const key = session.paymentStatus === 'paid' ? 'paid' : session.status === 'expired' ? 'expired' : 'failed';
    return { state: 'DONE', doneMessage: DONE[key] };
  }

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
          ...(await pageState(checkout)),
        }),
      );
  });

  router.post('/local-checkout/:id/pay', async (req, res) => {
    const checkout = await load(req, res);
    if (!checkout) return;
    const method = req.body?.method === 'delayed' ? 'delayed' : 'card';
    if (!(await deliver(req, res, await provider.pay(checkout, method)))) return;
    res.redirect(303, backTo(checkout, 'success'));
  });

  router.post('/local-checkout/:id/settle', async (req, res) => {
    const checkout = await load(req, res);
    if (!checkout) return;
    const outcome = req.body?.outcome === 'failed' ? 'failed' : 'succeeded';
    if (!(await deliver(req, res, await provider.settle(checkout, outcome)))) return;
    res.redirect(303, backTo(checkout, 'success'));
  });

  router.post('/local-checkout/:id/cancel', async (req, res) => {
    const checkout = await load(req, res);
    if (!checkout) return;
    await provider.expire(checkout.providerSessionId ?? '');
    await dataSource
      .getRepository(CheckoutSession)
      .update({ id: checkout.id, status: 'OPEN' }, { status: 'CANCELLED' });
    res.redirect(303, backTo(checkout, 'cancelled'));
  });
  return router;
}
