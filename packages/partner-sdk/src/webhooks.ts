/**
 * Verifying a webhook from the platform: the `UCOS-Signature` header is `t=<unix seconds>,v1=<hex>`
 * (one `v1` per live secret during a rotation), HMAC-SHA256 over `<t>.<raw body>`. Uses WebCrypto
 * only, so it runs in Node 20+, Bun, Deno, workers and browsers. Verify against the RAW body, before
 * any JSON parsing.
 */
export const WEBHOOK_SIGNATURE_HEADER = 'UCOS-Signature';

export interface WebhookEnvelope<Payload = unknown> {
  id: string;
  type: string;
  version: number;
  tenantId: string;
  aggregateType: string;
  aggregateId: string;
  occurredAt: string;
  payload: Payload;
}

export type VerifyWebhookResult<Payload = unknown> =
  | { ok: true; timestamp: number; event: WebhookEnvelope<Payload> }
  | { ok: false; reason: 'missing' | 'malformed' | 'expired' | 'mismatch' | 'invalid_body' };

export interface VerifyWebhookOptions {
  /** how far the signature's timestamp may be from now, in seconds (default 300): bounds replays */
  toleranceSeconds?: number;
  now?: Date;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerOf(headers: HeaderSource, name: string): string | null {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, string | string[] | undefined>)) {
    if (key.toLowerCase() === wanted) return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
  }
  return null;
}

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Compares in time independent of where the strings differ. */
function equalConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

/**
 * Checks a delivery's signature with the endpoint's secret and parses its envelope. Pass a fetch
 * `Request` (its body is read), or `{ headers, body }` with the raw body as received.
 */
export async function verifyWebhook<Payload = unknown>(
  input: Request | { headers: HeaderSource; body: string | Uint8Array },
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<VerifyWebhookResult<Payload>> {
  const headers = input instanceof Request ? input.headers : input.headers;
  const raw = input instanceof Request ? await input.text() : input.body;
  const body = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
  const header = headerOf(headers, WEBHOOK_SIGNATURE_HEADER);
  if (!header) return { ok: false, reason: 'missing' };
  const parts = header.split(',').map((part) => {
    const at = part.indexOf('=');
    return at < 0 ? [part.trim(), ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
  });
  const timestamp = Number(parts.find(([key]) => key === 't')?.[1]);
  const candidates = parts.filter(([key, value]) => key === 'v1' && value).map(([, value]) => value as string);
  if (!Number.isSafeInteger(timestamp) || candidates.length === 0) return { ok: false, reason: 'malformed' };
  const now = (options.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return { ok: false, reason: 'expired' };
  const expected = await hmacHex(secret, `${timestamp}.${body}`);
  if (!candidates.some((candidate) => equalConstantTime(candidate.toLowerCase(), expected))) {
    return { ok: false, reason: 'mismatch' };
  }
  try {
    return { ok: true, timestamp, event: JSON.parse(body) as WebhookEnvelope<Payload> };
  } catch {
    return { ok: false, reason: 'invalid_body' };
  }
}
