import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received: path, headers that matter, and the form body as Stripe parses it. */
export interface StripeCall {
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  contentType: string | undefined;
  form: Record<string, string>;
}

/**
 * A local HTTP fake of the Stripe endpoints the adapter uses (no network): PaymentIntents create
 * (with confirm), confirm, capture, cancel, and refunds. It checks the bearer key, answers a repeated
 * Idempotency-Key with the first answer, and declines the test card `pm_card_chargeDeclined` with a
 * card_error (HTTP 402) as Stripe does.
 */
export interface StripeFake {
  url: string;
  calls: StripeCall[];
  secretKey: string;
  /** the PaymentIntents by id */
  intents: Map<string, { id: string; status: string; amount: number; currency: string }>;
  close(): Promise<void>;
}

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

export async function startStripeFake(secretKey: string): Promise<StripeFake> {
  const calls: StripeCall[] = [];
  const intents: StripeFake['intents'] = new Map();
  const replies = new Map<string, { status: number; body: unknown }>();
  let counter = 0;

  const answer = (path: string, form: Record<string, string>): { status: number; body: unknown } => {
    const error = (status: number, type: string, message: string, code?: string) => ({
      status,
      body: { error: { type, message, ...(code ? { code } : {}) } },
    });
    if (path === '/v1/payment_intents') {
      if (!form.amount || !/^\d+$/.test(form.amount)) return error(400, 'invalid_request_error', 'amount');
      if (form.payment_method === 'pm_card_chargeDeclined') {
        return error(402, 'card_error', 'Your card was declined.', 'card_declined');
      }
      const id = `pi_fake${++counter}`;
      const intent = {
        id,
        status: form.confirm === 'true' ? 'requires_capture' : 'requires_confirmation',
        amount: Number(form.amount),
        currency: form.currency ?? '',
      };
      intents.set(id, intent);
      return { status: 200, body: { object: 'payment_intent', ...intent } };
    }
    if (path === '/v1/customers') {
      if (form.payment_method === 'pm_card_chargeDeclined') {
        return error(402, 'card_error', 'Your card was declined.', 'card_declined');
      }
      return { status: 200, body: { object: 'customer', id: `cus_fake${++counter}`, email: form.email ?? null } };
    }
    const action = /^\/v1\/payment_intents\/([^/]+)\/(confirm|capture|cancel)$/.exec(path);
    if (action) {
      const intent = intents.get(decodeURIComponent(action[1]!));
      if (!intent) return error(404, 'invalid_request_error', 'No such payment_intent');
      const next = { confirm: 'requires_capture', capture: 'succeeded', cancel: 'canceled' }[action[2] as 'confirm'];
      if (action[2] === 'capture' && intent.status !== 'requires_capture') {
        return error(400, 'invalid_request_error', `This PaymentIntent could not be captured (${intent.status})`);
      }
      intent.status = next;
      return { status: 200, body: { object: 'payment_intent', ...intent } };
    }
    if (path === '/v1/refunds') {
      const intent = intents.get(form.payment_intent ?? '');
      if (intent?.status !== 'succeeded') return error(400, 'invalid_request_error', 'not captured');
      return { status: 200, body: { object: 'refund', id: `re_fake${++counter}`, amount: Number(form.amount) } };
    }
    return error(404, 'invalid_request_error', `Unrecognized request URL (POST: ${path})`);
  };

  const server: Server = createServer(async (request, response) => {
    const body = await read(request);
    const path = request.url ?? '';
    const call: StripeCall = {
      path,
      authorization: request.headers.authorization,
      idempotencyKey: request.headers['idempotency-key'] as string | undefined,
      contentType: request.headers['content-type'],
      form: Object.fromEntries(new URLSearchParams(body)),
    };
    calls.push(call);
    let reply: { status: number; body: unknown };
    if (request.method !== 'POST') reply = { status: 405, body: { error: { type: 'invalid_request_error' } } };
    else if (call.authorization !== `Bearer ${secretKey}`) {
      reply = { status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } } };
    } else {
      const replayKey = call.idempotencyKey ? `${path}\u0000${call.idempotencyKey}` : null;
      reply = (replayKey && replies.get(replayKey)) || answer(path, call.form);
      if (replayKey && !replies.has(replayKey)) replies.set(replayKey, reply);
    }
    response.writeHead(reply.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    intents,
    secretKey,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
