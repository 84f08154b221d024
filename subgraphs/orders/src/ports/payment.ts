import { createHash } from 'node:crypto';

/** What a payment service provider offers. Every call is idempotent on its key or reference. */
export interface AuthorizeRequest {
  tenantId: string;
  amount: number;
  currency: string;
  /** the card or wallet token the storefront obtained from the PSP */
  token: string;
  /** the same key always yields the same authorisation: a retry never charges twice */
  idempotencyKey: string;
  /** true: `token` is a method the provider saved (`saveMethod`); absent: a one-time token from the storefront */
  saved?: boolean;
  /** true: charged without the shopper present (a subscription's renewal, always a saved method) */
  offSession?: boolean;
}

export type AuthorizeOutcome = { ok: true; reference: string } | { ok: false; reason: string };

/** Keep the checkout's payment method for later charges without the shopper (subscriptions). */
export interface SaveMethodRequest {
  tenantId: string;
  /** the storefront's one-time token for the card or wallet */
  token: string;
  /** orders' customer id and email: the provider's customer record the method is attached to */
  customerId: string;
  email: string;
  /** the same key saves once (the checkout's key) */
  idempotencyKey: string;
}

/** `reference`: what to pass as `token` with `offSession: true` later (never a card number). */
export type SaveMethodOutcome = { ok: true; reference: string } | { ok: false; reason: string };

export interface PaymentProvider {
  readonly name: string;
  authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome>;
  /** absent: the provider cannot charge without the shopper, so it cannot pay for subscriptions */
  saveMethod?(request: SaveMethodRequest): Promise<SaveMethodOutcome>;
  capture(reference: string, amount: number, currency: string): Promise<void>;
  void(reference: string): Promise<void>;
  /** `idempotencyKey`: the same key refunds once, however often it is sent (a real PSP's contract) */
  refund(reference: string, amount: number, currency: string, idempotencyKey?: string): Promise<void>;
}

/** A saved test method that declines every later charge: saved from the token `tok_renewal_decline`. */
export const TEST_DECLINING_METHOD_PREFIX = 'test_pm_decline_';

/**
 * The built-in test provider: token `tok_decline` is declined, anything else approved. The
 * authorisation reference is derived from the idempotency key, so it is idempotent like a real PSP.
 * Saved methods (`saveMethod`) are `test_pm_…`; the token `tok_renewal_decline` is approved at
 * checkout but saves a method whose later (off-session) charges are declined, and a test may decline
 * any saved method with `declining`.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = 'test';
  /** calls per operation, for tests and the bench */
  readonly calls = { authorize: 0, capture: 0, void: 0, refund: 0, saveMethod: 0 };
  /** refunded amounts by idempotency key: a repeated key refunds nothing more */
  readonly refunds = new Map<string, number>();
  /** saved methods whose off-session charges are declined (tests add and remove them) */
  readonly declining = new Set<string>();

  async authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome> {
    this.calls.authorize++;
    if (request.token === 'tok_decline') return { ok: false, reason: 'The card was declined (test provider)' };
    if (
      request.offSession &&
      (request.token.startsWith(TEST_DECLINING_METHOD_PREFIX) || this.declining.has(request.token))
    )
      return { ok: false, reason: 'The saved card was declined (test provider)' };
    const digest = createHash('sha256').update(`${request.tenantId}\u0000${request.idempotencyKey}`).digest('hex');
    return { ok: true, reference: `test_auth_${digest.slice(0, 24)}` };
  }

  async saveMethod(request: SaveMethodRequest): Promise<SaveMethodOutcome> {
    this.calls.saveMethod++;
    if (request.token === 'tok_decline') return { ok: false, reason: 'The card was declined (test provider)' };
    const digest = createHash('sha256').update(`${request.tenantId}\u0000${request.idempotencyKey}`).digest('hex');
    const prefix = request.token === 'tok_renewal_decline' ? TEST_DECLINING_METHOD_PREFIX : 'test_pm_';
    return { ok: true, reference: `${prefix}${digest.slice(0, 24)}` };
  }

  async capture(): Promise<void> {
    this.calls.capture++;
  }

  async void(): Promise<void> {
    this.calls.void++;
  }

  async refund(_reference: string, amount: number, _currency: string, idempotencyKey?: string): Promise<void> {
    this.calls.refund++;
    if (idempotencyKey && !this.refunds.has(idempotencyKey)) this.refunds.set(idempotencyKey, amount);
  }
}
