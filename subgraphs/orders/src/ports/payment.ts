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
}

export type AuthorizeOutcome = { ok: true; reference: string } | { ok: false; reason: string };

export interface PaymentProvider {
  readonly name: string;
  authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome>;
  capture(reference: string, amount: number, currency: string): Promise<void>;
  void(reference: string): Promise<void>;
  /** `idempotencyKey`: the same key refunds once, however often it is sent (a real PSP's contract) */
  refund(reference: string, amount: number, currency: string, idempotencyKey?: string): Promise<void>;
}

/**
 * The built-in test provider: token `tok_decline` is declined, anything else approved. The
 * authorisation reference is derived from the idempotency key, so it is idempotent like a real PSP.
 */
export class TestPaymentProvider implements PaymentProvider {
  readonly name = 'test';
  /** calls per operation, for tests and the bench */
  readonly calls = { authorize: 0, capture: 0, void: 0, refund: 0 };
  /** refunded amounts by idempotency key: a repeated key refunds nothing more */
  readonly refunds = new Map<string, number>();

  async authorize(request: AuthorizeRequest): Promise<AuthorizeOutcome> {
    this.calls.authorize++;
    if (request.token === 'tok_decline') return { ok: false, reason: 'The card was declined (test provider)' };
    const digest = createHash('sha256').update(`${request.tenantId}\u0000${request.idempotencyKey}`).digest('hex');
    return { ok: true, reference: `test_auth_${digest.slice(0, 24)}` };
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
