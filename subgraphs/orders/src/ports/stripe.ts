import { createHmac, timingSafeEqual } from 'node:crypto';
import type {
  AuthorizeOutcome,
  AuthorizeRequest,
  PaymentProvider,
  SaveMethodOutcome,
  SaveMethodRequest,
} from './payment.ts';

/**
 * The Stripe payment adapter over its REST API (fetch, form-encoded bodies as Stripe takes them):
 * - authorize: a PaymentIntent created and confirmed in one call with `capture_method=manual`, the
 *   checkout's token as its `payment_method`; `requires_capture` is an authorisation, a card error
 *   (HTTP 402) or any other status a decline. The checkout key is Stripe's `Idempotency-Key`, so a
 *   retried checkout never creates a second PaymentIntent.
 * - capture, void (cancel) and refund of that PaymentIntent, each idempotent on its key.
 * Webhooks (`verifyStripeSignature`): the `Stripe-Signature` header's HMAC-SHA256 over
 * `<timestamp>.<raw body>` with the endpoint's signing secret, within a tolerance.
 */

export const STRIPE_API_BASE = 'https://api.stripe.com';
export const STRIPE_PROVIDER = 'stripe';

export interface StripeOptions {
  secretKey: string;
  /** https://api.stripe.com; tests point it at a local fake */
  apiBase?: string;
  fetch?: typeof fetch;
  /** per call; a slow PSP fails the checkout rather than holding it */
  timeoutMs?: number;
}

/** Stripe's own error, with its type and code (`card_error`, `card_declined`). */
export class StripeError extends Error {
  readonly status: number;
  readonly type: string | null;
  readonly code: string | null;

  constructor(message: string, status: number, type: string | null, code: string | null) {
    super(message);
    this.name = 'StripeError';
    this.status = status;
    this.type = type;
    this.code = code;
  }
}

type FormValue = string | number | boolean | null | undefined | FormObject | FormValue[];
interface FormObject {
  [key: string]: FormValue;
}

/** Stripe's form encoding: nested objects as `a[b]=`, arrays as `a[0]=`; null and undefined left out. */
export function stripeForm(params: FormObject): string {
  const pairs: string[] = [];
  const add = (prefix: string, value: FormValue) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) add(`${prefix}[${index}]`, item);
    } else if (typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) add(prefix ? `${prefix}[${key}]` : key, inner);
    } else {
      pairs.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`);
    }
  };
  add('', params);
  return pairs.join('&');
}

interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  status: string;
  amount: number;
  currency: string;
  last_payment_error?: { message?: string } | null;
}

export class StripePaymentProvider implements PaymentProvider {
  readonly name = STRIPE_PROVIDER;
  readonly #secretKey: string;
  readonly #base: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;

  constructor(options: StripeOptions) {
    this.#secretKey = options.secretKey;
    this.#base = (options.apiBase ?? STRIPE_API_BASE).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? fetch;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
  }

  async #post<T>(path: string, params: FormObject, idempotencyKey?: string): Promise<T> {
    const response = await this.#fetch(`${this.#base}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.#secretKey}`,
        'content-type': 'application/x-www-form-urlencoded',
        'stripe-version': '2024-06-20',
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: stripeForm(params),
      signal: AbortSignal.timeout(this.#timeoutMs),
    });
    const body = (await response.json().catch(() => null)) as
      | (T & { error?: { message?: string; type?: string; code?: string } })
      | null;
    if (!response.ok || !body || body.error) {
      const error = body?.error;
      throw new StripeError(
        error?.message ?? `Stripe answered HTTP ${response.status}`,
        response.status,
        error?.type ?? null,
        error?.code ?? null,
      );
    }
    return body;
  }

  /** POST /v1/payment_intents: created and confirmed at once, captured later (manual capture). */
  createPaymentIntent(
    params: {
      amount: number;
      currency: string;
      paymentMethod: string;
      metadata?: Record<string, string>;
      /** a saved method: its Stripe customer */
      customer?: string;
      /** charged without the shopper (a subscription's renewal) */
      offSession?: boolean;
    },
    idempotencyKey: string,
  ): Promise<PaymentIntent> {
    return this.#post<PaymentIntent>(
      '/v1/payment_intents',
      {
        amount: params.amount,
        currency: params.currency.toLowerCase(),
        payment_method: params.paymentMethod,
        capture_method: 'manual',
        confirm: true,
        payment_method_types: ['card'],
        metadata: params.metadata,
        ...(params.customer ? { customer: params.customer } : {}),
        ...(params.offSession ? { off_session: true } : {}),
      },
      idempotencyKey,
    );
  }

  /** POST /v1/payment_intents/:id/confirm, for an intent created unconfirmed. */
  confirmPaymentIntent(id: string, idempotencyKey?: string): Promise<PaymentIntent> {
    return this.#post<PaymentIntent>(`/v1/payment_intents/${encodeURIComponent(id)}/confirm`, {}, idempotencyKey);
  }

  /**
   * A Stripe Customer with the checkout's PaymentMethod attached as its default (POST /v1/customers,
   * idempotent on the checkout key); the reference is `<customer id>/<payment method id>`, which
   * `authorize` with `offSession` charges.
   */
  async saveMethod(request: SaveMethodRequest): Promise<SaveMethodOutcome> {
    try {
      const customer = await this.#post<{ id: string }>(
        '/v1/customers',
        {
          email: request.email,
          payment_method: request.token,
          invoice_settings: { default_payment_method: request.token },
          metadata: { tenant: request.tenantId, customer: request.customerId },
        },
        `save:${request.idempotencyKey}`,
      );
      return { ok: true, reference: `${customer.id}/${request.token}` };
    } catch (error) {
      if (error instanceof StripeError && error.type === 'card_error') return { ok: false, reason: error.message };
      throw error;
    }
  }

  async authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome> {
    const [customer, savedMethod] = request.saved ? request.token.split('/', 2) : [undefined, undefined];
    if (request.saved && (!customer || !savedMethod))
      return { ok: false, reason: 'The saved payment method is not a Stripe customer and method' };
    let intent: PaymentIntent;
    try {
      intent = await this.createPaymentIntent(
        {
          amount: request.amount,
          currency: request.currency,
          paymentMethod: savedMethod ?? request.token,
          metadata: { tenant: request.tenantId },
          ...(customer ? { customer } : {}),
          ...(request.offSession ? { offSession: true } : {}),
        },
        request.idempotencyKey,
      );
      if (intent.status === 'requires_confirmation') intent = await this.confirmPaymentIntent(intent.id);
    } catch (error) {
      // a card error is the shopper's answer; anything else (outage, bad key) is the shop's failure
      if (error instanceof StripeError && error.type === 'card_error') return { ok: false, reason: error.message };
      throw error;
    }
    if (intent.status === 'requires_capture' || intent.status === 'succeeded')
      return { ok: true, reference: intent.id };
    return {
      ok: false,
      reason:
        intent.status === 'requires_action'
          ? 'The card needs authentication the checkout cannot offer'
          : (intent.last_payment_error?.message ?? `The payment was not authorised (${intent.status})`),
    };
  }

  async capture(reference: string, amount: number, _currency: string): Promise<void> {
    await this.#post(
      `/v1/payment_intents/${encodeURIComponent(reference)}/capture`,
      { amount_to_capture: amount },
      `capture:${reference}`,
    );
  }

  async void(reference: string): Promise<void> {
    await this.#post(`/v1/payment_intents/${encodeURIComponent(reference)}/cancel`, {}, `cancel:${reference}`);
  }

  async refund(reference: string, amount: number, _currency: string, idempotencyKey?: string): Promise<void> {
    await this.#post(
      '/v1/refunds',
      { payment_intent: reference, amount },
      idempotencyKey ? `refund:${idempotencyKey}` : `refund:${reference}:${amount}`,
    );
  }
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/** Stripe's default: a signature older (or newer) than five minutes is refused, against replays. */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300;

/**
 * Verifies a `Stripe-Signature` header (`t=<unix seconds>,v1=<hex hmac>[,v1=…]`) over the raw body:
 * some v1 must equal HMAC-SHA256(secret, `${t}.${body}`), compared in constant time, and `t` must lie
 * within `toleranceSeconds` of now.
 */
export function verifyStripeSignature(
  rawBody: string,
  header: string | null,
  secret: string,
  options: { toleranceSeconds?: number; now?: number } = {},
): SignatureCheck {
  if (!header) return { ok: false, reason: 'no Stripe-Signature header' };
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value) signatures.push(value);
  }
  if (timestamp === null) return { ok: false, reason: 'the signature header has no timestamp' };
  if (!signatures.length) return { ok: false, reason: 'the signature header has no v1 signature' };
  const now = options.now ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? STRIPE_SIGNATURE_TOLERANCE_SECONDS)) {
    return { ok: false, reason: 'the signature timestamp is outside the tolerance' };
  }
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest();
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return matches ? { ok: true } : { ok: false, reason: 'no signature matches the payload' };
}

/** The header Stripe would send for `rawBody` (tests and the local fake sign with it). */
export function stripeSignatureHeader(rawBody: string, secret: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}
