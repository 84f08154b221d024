import { suiteFixture } from '@ucos/kit/testing/suite';
import { describe, expect, it } from 'vitest';
import { connectIdentityDatabase } from '../src/db.ts';
import {
  ACCEPT,
  decodeId,
  type IdentityHarness,
  INVITE,
  inviteAndAccept,
  signUp,
  startIdentity,
  tokenIn,
  userAuth,
} from './harness.ts';

let identity: IdentityHarness;
let owner: Awaited<ReturnType<typeof signUp>>;
suiteFixture(async (own) => {
  identity = own(await startIdentity());
  owner = await signUp(identity, 'inviting-shop');
});

const asOwner = () => userAuth(owner.session);

describe('invitations', () => {
  it('stores only a hash of the mailed token, lists the pending invitation and expires it after its time', async () => {
    const since = identity.mail.received.length;
    const invited = await identity.call(
      INVITE,
      { input: { email: 'Hash@Example.com', roleNames: ['staff'] } },
      asOwner(),
    );
    expect(invited.data?.memberInvite.errors).toEqual([]);
    const mail = await identity.mail.waitFor('hash@example.com', /invited to Shop inviting-shop/, { since });
    const token = tokenIn(mail.text);
    expect(mail.text).toContain('Choose your password');
    const [row] = await identity.admin<{ token_hash: string; expires_at: Date }>(
      'select token_hash, expires_at from identity.invitations where id = $1',
      [decodeId(invited.data?.memberInvite.invitation.id)],
    );
    expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(token).not.toContain(row?.token_hash);
    // neither the request event nor the mail event notifications sends holds the token: the link
    // travels sealed, for this tenant and address only
    const outbox = await identity.admin<{ type: string; payload: Record<string, unknown> }>(
      `select type, payload from identity.outbox where type in ('identity.invitation.created', 'identity.mail.requested')`,
    );
    expect(JSON.stringify(outbox)).not.toContain(token.split('_').at(-1));
    const requested = outbox.find(
      (event) => event.type === 'identity.mail.requested' && event.payload.to === 'Hash@Example.com',
    );
    expect(requested?.payload).toMatchObject({
      template: 'account.invitation',
      locale: 'en',
      sealedLink: expect.stringMatching(/^v1\./),
    });
    const hours = ((row?.expires_at.getTime() ?? 0) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(167);
    expect(hours).toBeLessThanOrEqual(168);

    const listed = await identity.call(
      `{ invitations { totalCount edges { node { email roleNames } } } }`,
      {},
      asOwner(),
    );
    expect(listed.data?.invitations.edges).toContainEqual({
      node: { email: 'Hash@Example.com', roleNames: ['staff'] },
    });

    await identity.admin(`update identity.invitations set expires_at = now() - interval '1 second' where id = $1`, [
      decodeId(invited.data?.memberInvite.invitation.id),
    ]);
    const late = await identity.call(ACCEPT, { input: { token, password: 'Late-Password-1' } });
    expect(late.data?.invitationAccept.errors[0].code).toBe('INVALID_TOKEN');
  });

  it("writes the tenant's mail in the tenant's locale", async () => {
    const UPDATE = `mutation ($input: TenantUpdateInput!) { tenantUpdate(input: $input) { tenant { name locale version } errors { code field } } }`;
    const shop = await signUp(identity, 'locale-shop');
    const as = userAuth(shop.session);
    const bad = await identity.call(UPDATE, { input: { name: 'Laden', locale: 'not a locale', version: 1 } }, as);
    expect(bad.data?.tenantUpdate.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'locale'] }]);
    const updated = await identity.call(UPDATE, { input: { name: 'Laden', locale: 'de-at', version: 1 } }, as);
    expect(updated.data?.tenantUpdate).toEqual({ tenant: { name: 'Laden', locale: 'de-AT', version: 2 }, errors: [] });
    const since = identity.mail.received.length;
    await identity.call(INVITE, { input: { email: 'kollege@example.com', roleNames: ['staff'] } }, as);
    // no German override here: the built-in text, but the mail event names the tenant's locale
    await identity.mail.waitFor('kollege@example.com', /invited to Laden/, { since });
    const [event] = await identity.admin<{ locale: string }>(
      `select payload->>'locale' as locale from identity.outbox
        where type = 'identity.mail.requested' and payload->>'to' = 'kollege@example.com'`,
    );
    expect(event?.locale).toBe('de-AT');
  });

  it("sets the tenant's time zone and tells other domains the settings it now has", async () => {
    const UPDATE = `mutation ($input: TenantUpdateInput!) { tenantUpdate(input: $input) { tenant { id locale timeZone version } errors { code field } } }`;
    const shop = await signUp(identity, 'zone-shop');
    const as = userAuth(shop.session);
    const bad = await identity.call(UPDATE, { input: { name: 'Zone', timeZone: 'Mars/Olympus_Mons', version: 1 } }, as);
    expect(bad.data?.tenantUpdate.errors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'timeZone'] }]);
    const updated = await identity.call(UPDATE, { input: { name: 'Zone', timeZone: 'europe/paris', version: 1 } }, as);
    expect(updated.data?.tenantUpdate.tenant).toMatchObject({ locale: 'en', timeZone: 'Europe/Paris', version: 2 });
    // absent: unchanged
    const renamed = await identity.call(UPDATE, { input: { name: 'Zone 2', version: 2 } }, as);
    expect(renamed.data?.tenantUpdate.tenant).toMatchObject({ timeZone: 'Europe/Paris', version: 3 });
    const events = await identity.admin<{ payload: unknown }>(
      `select payload from identity.outbox where type = 'identity.tenant.settings_changed' and tenant_id = $1
        order by id`,
      [decodeId(updated.data?.tenantUpdate.tenant.id)],
    );
    const settings = {
      locale: 'en',
      timeZone: 'Europe/Paris',
      currencies: ['EUR'],
      legalName: '',
      taxId: '',
      address: null,
    };
    expect(events.map((event) => event.payload)).toEqual([
      { name: 'Zone', ...settings },
      { name: 'Zone 2', ...settings },
    ]);
  });

  it('replaces an earlier invitation of the same address and refuses members and unknown roles', async () => {
    const first = await identity.call(INVITE, { input: { email: 'twice@example.com', roleNames: [] } }, asOwner());
    const firstMail = await identity.mail.waitFor('twice@example.com', /invited/);
    const since = identity.mail.received.length;
    await identity.call(INVITE, { input: { email: 'twice@example.com', roleNames: ['viewer'] } }, asOwner());
    const secondMail = await identity.mail.waitFor('twice@example.com', /invited/, { since });
    const stale = await identity.call(ACCEPT, {
      input: { token: tokenIn(firstMail.text), password: 'Twice-Password-1' },
    });
    expect(stale.data?.invitationAccept.errors[0].code).toBe('INVALID_TOKEN');
    const fresh = await identity.call(ACCEPT, {
      input: { token: tokenIn(secondMail.text), password: 'Twice-Password-1' },
    });
    expect(fresh.data?.invitationAccept.session.roles).toEqual(['viewer']);
    expect(first.data?.memberInvite.errors).toEqual([]);

    const member = await identity.call(INVITE, { input: { email: 'TWICE@example.com', roleNames: [] } }, asOwner());
    expect(member.data?.memberInvite.errors).toEqual([
      { code: 'ALREADY_MEMBER', field: ['input', 'email'], message: expect.any(String) },
    ]);
    const unknown = await identity.call(
      INVITE,
      { input: { email: 'x@example.com', roleNames: ['wizard'] } },
      asOwner(),
    );
    expect(unknown.data?.memberInvite.errors[0].code).toBe('UNKNOWN_ROLE');
    const invalid = await identity.call(INVITE, { input: { email: 'not-an-email', roleNames: [] } }, asOwner());
    expect(invalid.data?.memberInvite.errors[0]).toMatchObject({ code: 'INVALID_EMAIL', field: ['input', 'email'] });
  });

  it('asks for a password or a session, and a strong password for a new account', async () => {
    const since = identity.mail.received.length;
    await identity.call(INVITE, { input: { email: 'careful@example.com', roleNames: [] } }, asOwner());
    const token = tokenIn((await identity.mail.waitFor('careful@example.com', /invited/, { since })).text);
    const anonymous = await identity.call(ACCEPT, { input: { token } });
    expect(anonymous.data?.invitationAccept.errors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'password'],
    });
    const weak = await identity.call(ACCEPT, { input: { token, password: 'password1' } });
    expect(weak.data?.invitationAccept.errors[0]).toMatchObject({
      code: 'WEAK_PASSWORD',
      field: ['input', 'password'],
    });
    // nothing was created by the refused attempts
    const [count] = await identity.admin<{ n: number }>(
      `select count(*)::int as n from identity.users where lower(email) = 'careful@example.com'`,
    );
    expect(count?.n).toBe(0);
    const accepted = await identity.call(ACCEPT, { input: { token, password: 'Careful-Pass-12', name: 'Care Ful' } });
    expect(accepted.data?.invitationAccept.errors).toEqual([]);
    const [user] = await identity.admin<{ verified: boolean; name: string }>(
      `select email_verified_at is not null as verified, name from identity.users where lower(email) = 'careful@example.com'`,
    );
    expect(user).toEqual({ verified: true, name: 'Care Ful' });
  });

  it('mails nothing for an invitation whose transaction rolled back', async () => {
    const connections = connectIdentityDatabase(identity.db.appUrl, 1);
    const tenantId = decodeId(owner.session.tenantId);
    try {
      await expect(
        connections.root.as(tenantId).tx(async (tx, uow) => {
          const invitation = await tx.invitation.create({
            data: { tenantId, email: 'rolled-back@example.com', roleIds: [] },
          });
          await uow.emit('identity.invitation.created', invitation.id, {
            invitationId: invitation.id,
            email: 'rolled-back@example.com',
            tenantName: 'x',
            roleNames: [],
            ownership: false,
            signUp: false,
          });
          throw new Error('the rest of the change failed');
        }),
      ).rejects.toThrow('the rest of the change failed');
    } finally {
      await connections.close();
    }
    // a later invitation is delivered, the rolled-back one never
    const since = identity.mail.received.length;
    await identity.call(INVITE, { input: { email: 'after-rollback@example.com', roleNames: [] } }, asOwner());
    await identity.mail.waitFor('after-rollback@example.com', /invited/, { since });
    expect(identity.mail.received.some((mail) => mail.to.includes('rolled-back@example.com'))).toBe(false);
    const [outbox] = await identity.admin<{ n: number }>(
      `select count(*)::int as n from identity.outbox where payload->>'email' = 'rolled-back@example.com'`,
    );
    expect(outbox?.n).toBe(0);
  });

  it('lets a member with identity:users invite only within their own scopes', async () => {
    const hr = await identity.call(
      `mutation { roleCreate(input: { name: "hr", scopes: ["identity:users", "catalog:read"] }) { errors { code } } }`,
      {},
      asOwner(),
    );
    expect(hr.data?.roleCreate.errors).toEqual([]);
    const person = await inviteAndAccept(identity, asOwner(), 'hr@example.com', ['hr'], 'Hr-Password-123');
    const asHr = userAuth(person);
    const viewer = await identity.call(INVITE, { input: { email: 'v@example.com', roleNames: ['viewer'] } }, asHr);
    expect(viewer.data?.memberInvite.errors[0]).toMatchObject({
      code: 'SCOPE_NOT_HELD',
      field: ['input', 'roleNames'],
    });
    const peer = await identity.call(INVITE, { input: { email: 'v@example.com', roleNames: ['hr'] } }, asHr);
    expect(peer.data?.memberInvite.errors).toEqual([]);
  });
});

describe('email verification', () => {
  it('verifies a sign-up’s account by the link that creates it', async () => {
    const fresh = await signUp(identity, 'verify-shop', 'verify-me@example.com');
    const verified = await identity.call(`{ viewer { user { emailVerified } } }`, {}, userAuth(fresh.session));
    expect(verified.data?.viewer.user.emailVerified).toBe(true);
    // once verified, asking again mails nothing
    const before = identity.mail.received.length;
    const again = await identity.call(`mutation { emailVerificationRequest { done } }`, {}, userAuth(fresh.session));
    expect(again.data?.emailVerificationRequest.done).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(identity.mail.received.slice(before).some((m) => m.to.includes('verify-me@example.com'))).toBe(false);
  });

  it('mails an account from before verification a single-use link that marks the address verified', async () => {
    const [legacy] = await identity.admin<{ id: string }>(
      `insert into identity.users (email, password_hash) select 'legacy@example.com', password_hash
         from identity.users where email = 'inviting-shop@example.com' returning id`,
    );
    const asLegacy = { kind: 'user' as const, subject: legacy!.id, tenantId: decodeId(owner.session.tenantId) };
    const since = identity.mail.received.length;
    const asked = await identity.call(`mutation { emailVerificationRequest { done } }`, {}, asLegacy);
    expect(asked.data?.emailVerificationRequest.done).toBe(true);
    const mail = await identity.mail.waitFor('legacy@example.com', /Verify your email/, { since });
    const VERIFY = `mutation($token: String!) { emailVerify(input: { token: $token }) { done errors { code } } }`;
    const token = tokenIn(mail.text);
    // usable the moment the mail arrives: its hash committed before the mail left
    expect((await identity.call(VERIFY, { token })).data?.emailVerify).toEqual({ done: true, errors: [] });
    expect((await identity.call(VERIFY, { token })).data?.emailVerify.errors[0].code).toBe('INVALID_TOKEN');
    const [user] = await identity.admin<{ verified: boolean }>(
      `select email_verified_at is not null as verified from identity.users where email = 'legacy@example.com'`,
    );
    expect(user?.verified).toBe(true);
  });
});
