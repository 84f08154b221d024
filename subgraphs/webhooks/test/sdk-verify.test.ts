import { signatureHeader } from '@ucos/kit';
import { describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../packages/partner-sdk/src/index.ts';

const body = JSON.stringify({ id: 'e1', type: 'orders.order.created', payload: { orderId: 'o1' } });

describe('verifyWebhook (partner SDK)', () => {
  it("accepts the kit's signature, from a Request or headers and body", async () => {
    const header = signatureHeader(['whsec_one'], body);
    const fromObject = await verifyWebhook({ headers: { 'ucos-signature': header }, body }, 'whsec_one');
    expect(fromObject).toMatchObject({ ok: true, event: { type: 'orders.order.created' } });
    const request = new Request('http://receiver.test/webhooks', {
      method: 'POST',
      headers: { 'UCOS-Signature': header },
      body,
    });
    expect((await verifyWebhook(request, 'whsec_one')).ok).toBe(true);
  });

  it('accepts either secret during a rotation and refuses a wrong secret, a changed body, an old timestamp', async () => {
    const header = signatureHeader(['whsec_new', 'whsec_old'], body);
    expect((await verifyWebhook({ headers: { 'UCOS-Signature': header }, body }, 'whsec_old')).ok).toBe(true);
    expect((await verifyWebhook({ headers: { 'UCOS-Signature': header }, body }, 'whsec_new')).ok).toBe(true);
    expect(await verifyWebhook({ headers: { 'UCOS-Signature': header }, body }, 'whsec_other')).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    expect(await verifyWebhook({ headers: { 'UCOS-Signature': header }, body: `${body} ` }, 'whsec_new')).toEqual({
      ok: false,
      reason: 'mismatch',
    });
    const old = signatureHeader(['whsec_new'], body, new Date(Date.now() - 600_000));
    expect(await verifyWebhook({ headers: { 'UCOS-Signature': old }, body }, 'whsec_new')).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await verifyWebhook({ headers: {}, body }, 'whsec_new')).toEqual({ ok: false, reason: 'missing' });
    expect(await verifyWebhook({ headers: { 'UCOS-Signature': 'v1=zz' }, body }, 'whsec_new')).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
