import { readBodyWithin } from '@ucos/kit/http-body';
import { applyPaymentWebhook, type PaymentWebhookEvent } from './data/payment-webhooks.ts';
import type { PaymentStatus } from './data/rows.ts';
import type { OrdersDeps } from './deps.ts';
import { STRIPE_PROVIDER, verifyStripeSignature } from './ports/stripe.ts';

/** Where Stripe posts a tenant's events: `POST /integrations/stripe/webhook?tenant=<tenant id>`. */
export const STRIPE_WEBHOOK_ROUTE = '/integrations/stripe/webhook';

const MAX_WEBHOOK_BYTES = 512 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const refusal = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

interface StripeEvent {
  id?: unknown;
  type?: unknown;
  data?: { object?: Record<string, unknown> };
}

/** The payment an event names and where it moves it (the events orders acts on; others are acknowledged). */
export function paymentMoveOf(event: StripeEvent): { reference: string | null; to: PaymentStatus | null } {
  const object = event.data?.object ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
  switch (event.type) {
    case 'payment_intent.succeeded':
      return { reference: text(object.id), to: 'captured' };
    case 'payment_intent.canceled':
      return { reference: text(object.id), to: 'voided' };
    case 'charge.refunded':
      // a partial refund (returns) leaves the payment captured; the refund consumer counts those
      return { reference: text(object.payment_intent), to: object.refunded === true ? 'refunded' : null };
    default:
      return { reference: null, to: null };
  }
}

/**
 * Stripe's webhooks (not GraphQL: the signature covers the raw body). The tenant is named in the
 * URL the tenant registered with Stripe; its webhook signing secret (Settings → Integrations) verifies
 * the `Stripe-Signature` header (also once another payment adapter is selected: earlier payments
 * still settle), so a request for a tenant without Stripe configured, or signed with another secret,
 * changes nothing. A verified event is applied once (its id is recorded).
 */
export function stripeWebhookRoutes(deps: Pick<OrdersDeps, 'payments' | 'unitOfWork' | 'log'>) {
  return {
    [STRIPE_WEBHOOK_ROUTE]: async (request: Request) => {
      if (request.method !== 'POST') return refusal(405, 'METHOD_NOT_ALLOWED', 'Stripe posts its events');
      const tenantId = new URL(request.url).searchParams.get('tenant') ?? '';
      if (!UUID.test(tenantId)) return refusal(400, 'BAD_REQUEST', '`tenant` must be the shop’s tenant id');
      const bytes = await readBodyWithin(request, MAX_WEBHOOK_BYTES);
      if (!bytes) return refusal(413, 'PAYLOAD_TOO_LARGE', `Webhook bodies may be at most ${MAX_WEBHOOK_BYTES} bytes`);
      const rawBody = Buffer.from(bytes).toString('utf8');
      const db = deps.unitOfWork(tenantId);
      const settings = await db.run((sql) => deps.payments.settings(sql, tenantId, STRIPE_PROVIDER, 'existing'));
      if (!settings?.webhookSecret) {
        // the same answer as a wrong signature: nothing tells a stranger which tenants use Stripe
        return refusal(400, 'SIGNATURE_INVALID', 'The signature does not verify');
      }
      const check = verifyStripeSignature(rawBody, request.headers.get('stripe-signature'), settings.webhookSecret);
      if (!check.ok) {
        deps.log.warn({ tenantId, reason: check.reason }, 'stripe webhook refused');
        return refusal(400, 'SIGNATURE_INVALID', 'The signature does not verify');
      }
      let event: StripeEvent;
      try {
        event = JSON.parse(rawBody) as StripeEvent;
      } catch {
        return refusal(400, 'BAD_REQUEST', 'The body is not JSON');
      }
      if (typeof event.id !== 'string' || !event.id || typeof event.type !== 'string') {
        return refusal(400, 'BAD_REQUEST', 'An event has an id and a type');
      }
      const move = paymentMoveOf(event);
      const webhook: PaymentWebhookEvent = {
        provider: STRIPE_PROVIDER,
        eventId: event.id.slice(0, 255),
        eventType: event.type.slice(0, 100),
        ...move,
      };
      const applied = await applyPaymentWebhook(db, webhook);
      if (!applied.ok) return refusal(409, applied.errors[0]?.code ?? 'CONFLICT', applied.errors[0]?.message ?? '');
      return Response.json({ received: true, outcome: applied.value });
    },
  };
}
