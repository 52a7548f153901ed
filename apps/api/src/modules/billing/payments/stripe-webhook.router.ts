import express, { type Router } from 'express';
import Stripe from 'stripe';
import { HttpError, sendError } from '../../../platform/http/http-errors';
import { logger } from '../../../platform/logger/logger';
import type { PaymentEventsService } from './payment-events.service';

/**
 * `POST /webhooks/stripe`: the raw body is verified against `Stripe-Signature` (400 when missing or wrong, nothing
 * stored), then processed once per event id. 200 = done or nothing to do (duplicates, unknown types);
 * 500 = rolled back, so Stripe retries later.
 */
export function stripeWebhookRouter(deps: { secret: string | null; events: PaymentEventsService }): Router {
  const router = express.Router();
  router.post('/stripe', express.raw({ type: () => true, limit: '512kb' }), async (req, res) => {
    const signature = req.headers['stripe-signature'];
    if (!deps.secret) return sendError(res, new HttpError('NOT_FOUND', 'Online payments are not set up'));
    if (typeof signature !== 'string' || !Buffer.isBuffer(req.body))
      return sendError(res, new HttpError('BAD_REQUEST', 'Missing Stripe-Signature', 'Stripe-Signature'));
    let event: Stripe.Event;
    try {
      event = Stripe.webhooks.constructEvent(req.body, signature, deps.secret);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'stripe webhook with a bad signature');
      return sendError(res, new HttpError('BAD_REQUEST', 'Invalid signature', 'Stripe-Signature'));
    }
    try {
      const outcome = await deps.events.handle(event as unknown as Parameters<PaymentEventsService['handle']>[0]);
      res.json({ received: true, outcome });
    } catch (err) {
      logger.error({ err, eventId: event.id, type: event.type }, 'stripe webhook failed; the provider will retry');
      sendError(res, new HttpError('INTERNAL_SERVER_ERROR', 'Processing failed'));
    }
  });
  return router;
}
