import { SIGNATURE_HEADER, signatureHeader } from '@ucos/kit';

export interface WebhookRequest {
  url: string;
  method: 'POST' | 'PUT';
  /** the secret's value; the body is signed with it (`UCOS-Signature`) */
  secret: string | null;
  body: unknown;
  idempotencyKey: string;
  timeoutMs: number;
}

export interface WebhookPort {
  /** resolves the receiver's status and (JSON or text) answer; throws on a network failure or a non-2xx answer */
  call(request: WebhookRequest): Promise<{ status: number; body: unknown }>;
}

export function httpWebhooks(send: typeof fetch = fetch): WebhookPort {
  return {
    async call(request) {
      const body = JSON.stringify(request.body ?? null);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'idempotency-key': request.idempotencyKey,
        'user-agent': 'ucos-workflows',
      };
      if (request.secret) headers[SIGNATURE_HEADER] = signatureHeader([request.secret], body);
      const response = await send(request.url, {
        method: request.method,
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(request.timeoutMs),
      });
      const text = await response.text().catch(() => '');
      let answer: unknown = text;
      try {
        answer = text ? JSON.parse(text) : null;
      } catch {
        answer = text.slice(0, 2_000);
      }
      if (response.status < 200 || response.status >= 300) {
        throw new Error(`the receiver answered ${response.status}`);
      }
      return { status: response.status, body: answer };
    },
  };
}
