import { withoutBudget } from '@ucos/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './platform.ts';
import { registerShopperByMail, signUpByMail, tokenIn } from './sign-up.ts';

/**
 * Accounts and membership, tried through the gateway as an outside attacker and as a malicious
 * member would: pre-registration takeover, membership without consent, role escalation, email
 * oracles; and the mail (invitations, verification, reset) read from a real SMTP server.
 */
let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.close());

const PASSWORD = 'Correct-Horse-42';
type Headers = Record<string, string>;
const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });

const SIGN_UP = `mutation($input: TenantCreateInput!) {
  tenantCreate(input: $input) { tenant { slug name } errors { code field message } } }`;
const SIGN_IN = `mutation($input: SessionCreateInput!) {
  sessionCreate(input: $input) { session { accessToken refreshToken roles } errors { code field message } } }`;
const REFRESH = `mutation($token: String!) {
  sessionRefresh(input: { refreshToken: $token }) { session { accessToken } errors { code } } }`;
const INVITE = `mutation($input: MemberInviteInput!) {
  memberInvite(input: $input) { invitation { id email roleNames } errors { code field message } } }`;
const ACCEPT = `mutation($input: InvitationAcceptInput!) {
  invitationAccept(input: $input) { session { accessToken refreshToken roles } errors { code field message } } }`;
const ROLES_SET = `mutation($input: MemberRolesSetInput!) {
  memberRolesSet(input: $input) { member { roles } errors { code field message } } }`;
const VIEWER = `{ viewer { kind roles scopes tenant { slug } user { id email name } } }`;

/** A tenant signed up through the gateway and confirmed from the owner's mailbox; the owner's session. */
async function signUp(slug: string, email = `${slug}@shop.example`, password = PASSWORD) {
  const { session } = await signUpByMail(platform.gql, platform.mail, { slug, email, password });
  return { email, session, headers: bearer(session.accessToken) };
}

async function signIn(email: string, password: string, tenantSlug?: string) {
  return (await platform.gql(SIGN_IN, { input: { email, password, tenantSlug } })).body.data?.sessionCreate;
}

/**
 * Invites through the gateway and returns the link's token from the delivered mail. The link is
 * used the moment it arrives: its token is stored before the mail leaves.
 */
async function invite(headers: Headers, email: string, roleNames: string[]) {
  const since = platform.mail.received.length;
  const result = await platform.gql(INVITE, { input: { email, roleNames } }, headers);
  expect(result.body.data?.memberInvite.errors).toEqual([]);
  const mail = await platform.mail.waitFor(email, /invited/, { since });
  return { invitation: result.body.data?.memberInvite.invitation, token: tokenIn(mail.text), mail };
}

/** Asks as the holder of `headers` until the gateway refuses them (revocations take effect within 5 s). */
async function refusedWithin5s(headers: Headers) {
  const started = Date.now();
  for (;;) {
    const answer = await platform.gql(VIEWER, {}, headers);
    if (answer.status === 401) return { status: 401, reason: answer.body.errors?.[0]?.extensions?.reason };
    if (Date.now() - started > 5_000) return { status: answer.status, reason: null };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function userIdOf(headers: Headers): Promise<string> {
  return (await platform.gql(VIEWER, {}, headers)).body.data?.viewer.user.id;
}

describe('pre-registration takeover', () => {
  it("is refused: signing up with someone else's address gives the attacker no account, session or way in", async () => {
    // the attacker signs up first with the victim's address and a password of their choosing
    const since = platform.mail.received.length;
    const attempt = await platform.gql(SIGN_UP, {
      input: {
        name: 'Trap',
        slug: 'attacker-shop',
        ownerEmail: 'victim@corp.example',
        ownerPassword: 'Attacker-Pass-1',
      },
    });
    expect(attempt.body.data?.tenantCreate).toEqual({ tenant: { slug: 'attacker-shop', name: 'Trap' }, errors: [] });
    // nothing to sign in to: the address has no account until its owner uses the mailed link
    expect((await signIn('victim@corp.example', 'Attacker-Pass-1'))?.errors[0].code).toBe('INVALID_CREDENTIALS');
    const trap = await platform.mail.waitFor('victim@corp.example', /Confirm your new shop Trap/, { since });

    const shop = await signUp('real-shop');
    const { token } = await invite(shop.headers, 'victim@corp.example', ['admin']);
    const forged = await platform.gql(ACCEPT, { input: { token: token.replace(/.{6}$/, 'AAAAAA'), password: 'X' } });
    expect(forged.body.data?.invitationAccept.errors[0].code).toBe('INVALID_TOKEN');
    const withoutToken = await platform.gql(ACCEPT, {
      input: { token: 'inv_not-a-token', password: 'Attacker-Pass-1' },
    });
    expect(withoutToken.body.data?.invitationAccept.errors[0].code).toBe('INVALID_TOKEN');

    // the person who reads the mail sets their own password
    const accepted = await platform.gql(ACCEPT, { input: { token, password: 'Victim-Own-Pass-9', name: 'Vic' } });
    expect(accepted.body.data?.invitationAccept.errors).toEqual([]);
    expect(accepted.body.data?.invitationAccept.session.roles).toEqual(['admin']);
    expect((await signIn('victim@corp.example', 'Attacker-Pass-1'))?.errors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await signIn('victim@corp.example', 'Victim-Own-Pass-9', 'real-shop'))?.session.roles).toEqual(['admin']);
    // the trap's link is no way in for the attacker either: it needs the victim's own password now
    const trapped = await platform.gql(ACCEPT, { input: { token: tokenIn(trap.text), password: 'Attacker-Pass-1' } });
    expect(trapped.body.data?.invitationAccept.errors[0].code).toBe('INVALID_CREDENTIALS');
    // the link worked once
    const again = await platform.gql(ACCEPT, { input: { token, password: 'Victim-Own-Pass-9' } });
    expect(again.body.data?.invitationAccept.errors[0].code).toBe('INVALID_TOKEN');
  });

  it('never lets an invitation change a verified account: its owner accepts signed in or with their own password', async () => {
    const owner = await signUp('verified-home', 'verified@corp.example');
    const viewer = await platform.gql(`{ viewer { user { emailVerified } } }`, {}, owner.headers);
    expect(viewer.body.data?.viewer.user.emailVerified).toBe(true);
    const shop = await signUp('verified-away');
    const { token } = await invite(shop.headers, 'verified@corp.example', ['viewer']);
    const someoneElse = await platform.gql(ACCEPT, { input: { token, password: 'Someone-Else-1' } });
    expect(someoneElse.body.data?.invitationAccept.errors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await signIn('verified@corp.example', PASSWORD))?.session).toBeTruthy();
    const signedIn = await platform.gql(ACCEPT, { input: { token } }, owner.headers);
    expect(signedIn.body.data?.invitationAccept.session.roles).toEqual(['viewer']);
  });

  it('refuses an invitation accepted while signed in with another address', async () => {
    const shop = await signUp('mismatch-shop');
    const other = await signUp('mismatch-other', 'other@corp.example');
    const { token } = await invite(shop.headers, 'intended@corp.example', ['viewer']);
    const result = await platform.gql(ACCEPT, { input: { token } }, other.headers);
    expect(result.body.data?.invitationAccept.errors[0].code).toBe('EMAIL_MISMATCH');
  });
});

describe('membership without consent', () => {
  it('reveals nothing about the invited person, answers known and unknown addresses alike, and joins nobody', async () => {
    const home = await signUp('consent-home', 'consent-owner@corp.example');
    const prober = await signUp('consent-prober');
    const known = await platform.gql(INVITE, { input: { email: home.email, roleNames: ['viewer'] } }, prober.headers);
    const unknown = await platform.gql(
      INVITE,
      { input: { email: 'nobody-here@corp.example', roleNames: ['viewer'] } },
      prober.headers,
    );
    const shape = (body: any) => ({
      ...body.data.memberInvite,
      invitation: { ...body.data.memberInvite.invitation, id: 'x', email: 'x' },
    });
    expect(shape(known.body)).toEqual(shape(unknown.body));
    expect(Object.keys(known.body.data.memberInvite.invitation).sort()).toEqual(['email', 'id', 'roleNames']);
    const members = await platform.gql(`{ members { totalCount edges { node { email name } } } }`, {}, prober.headers);
    expect(members.body.data?.members.totalCount).toBe(1);
    expect(JSON.stringify(members.body)).not.toContain(home.email);
    expect((await signIn(home.email, PASSWORD, 'consent-prober'))?.errors[0].code).toBe('INVALID_CREDENTIALS');
  });
});

describe('role escalation', () => {
  let owner: Awaited<ReturnType<typeof signUp>>;
  let admin: Headers;
  let adminId: string;

  beforeAll(async () => {
    owner = await signUp('escalation-shop');
    const { token } = await invite(owner.headers, 'admin@escalation.example', ['admin']);
    const accepted = await platform.gql(ACCEPT, { input: { token, password: 'Admin-Password-1' } });
    admin = bearer(accepted.body.data?.invitationAccept.session.accessToken);
    adminId = await userIdOf(admin);
  });

  it('refuses self-promotion to owner, an admin making owners, and an admin demoting the owner', async () => {
    const self = await platform.gql(ROLES_SET, { input: { userId: adminId, roleNames: ['owner'] } }, admin);
    expect(self.body.data?.memberRolesSet.errors[0].code).toBe('OWNER_REQUIRED');
    const inviteOwner = await platform.gql(
      INVITE,
      { input: { email: 'new-owner@escalation.example', roleNames: ['owner'] } },
      admin,
    );
    expect(inviteOwner.body.data?.memberInvite.errors[0].code).toBe('OWNER_REQUIRED');
    const ownerId = await userIdOf(owner.headers);
    const demote = await platform.gql(ROLES_SET, { input: { userId: ownerId, roleNames: ['viewer'] } }, admin);
    expect(demote.body.data?.memberRolesSet.errors[0].code).toBe('OWNER_REQUIRED');
    const remove = await platform.gql(
      `mutation($id: ID!) { memberRemove(input: { userId: $id }) { errors { code } } }`,
      { id: ownerId },
      admin,
    );
    expect(remove.body.data?.memberRemove.errors[0].code).toBe('OWNER_REQUIRED');
    const roles = await platform.gql(VIEWER, {}, owner.headers);
    expect(roles.body.data?.viewer.roles).toEqual(['owner']);
    // an owner may make an owner
    const promoted = await platform.gql(ROLES_SET, { input: { userId: adminId, roleNames: ['owner'] } }, owner.headers);
    expect(promoted.body.data?.memberRolesSet.member.roles).toEqual(['owner']);
    await platform.gql(ROLES_SET, { input: { userId: adminId, roleNames: ['admin'] } }, owner.headers);
  });

  it('refuses a key holding only identity:users minting an owner or an admin', async () => {
    const created = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "hr sync", scopes: ["identity:users"] }) { secret errors { code } } }`,
      {},
      owner.headers,
    );
    const key = { 'x-api-key': created.body.data?.apiKeyCreate.secret as string };
    // a member without roles: the key could manage them, but not make them an owner
    const { token } = await invite(owner.headers, 'plain@escalation.example', []);
    const plain = await platform.gql(ACCEPT, { input: { token, password: 'Plain-Password-1' } });
    const plainId = await userIdOf(bearer(plain.body.data?.invitationAccept.session.accessToken));
    const toOwner = await platform.gql(ROLES_SET, { input: { userId: plainId, roleNames: ['owner'] } }, key);
    expect(toOwner.body.data?.memberRolesSet.errors[0].code).toBe('OWNER_REQUIRED');
    const inviteOwner = await platform.gql(
      INVITE,
      { input: { email: 'k@escalation.example', roleNames: ['owner'] } },
      key,
    );
    expect(inviteOwner.body.data?.memberInvite.errors[0].code).toBe('OWNER_REQUIRED');
    const inviteAdmin = await platform.gql(
      INVITE,
      { input: { email: 'k@escalation.example', roleNames: ['admin'] } },
      key,
    );
    expect(inviteAdmin.body.data?.memberInvite.errors[0]).toMatchObject({
      code: 'SCOPE_NOT_HELD',
      field: ['input', 'roleNames'],
    });
    // and it cannot touch the admin it could not have made
    const demote = await platform.gql(ROLES_SET, { input: { userId: adminId, roleNames: [] } }, key);
    expect(demote.body.data?.memberRolesSet.errors[0].code).toBe('SCOPE_NOT_HELD');
  });

  it('refuses role edits and API keys that add scopes the actor lacks', async () => {
    const role = await platform.gql(
      `mutation { roleCreate(input: { name: "key-keeper", scopes: ["identity:roles", "identity:api_keys", "catalog:read"] }) { role { id version } errors { code } } }`,
      {},
      owner.headers,
    );
    const { id, version } = role.body.data!.roleCreate.role;
    const { token } = await invite(owner.headers, 'keeper@escalation.example', ['key-keeper']);
    const accepted = await platform.gql(ACCEPT, { input: { token, password: 'Keeper-Password-1' } });
    const keeper = bearer(accepted.body.data?.invitationAccept.session.accessToken);

    const widen = await platform.gql(
      `mutation($input: RoleUpdateInput!) { roleUpdate(input: $input) { errors { code } } }`,
      { input: { id, version, scopes: ['identity:roles', 'identity:api_keys', 'catalog:read', 'orders:manage'] } },
      keeper,
    );
    expect(widen.body.data?.roleUpdate.errors[0].code).toBe('SCOPE_NOT_HELD');
    const create = await platform.gql(
      `mutation { roleCreate(input: { name: "wider", scopes: ["identity:users"] }) { errors { code } } }`,
      {},
      keeper,
    );
    expect(create.body.data?.roleCreate.errors[0].code).toBe('SCOPE_NOT_HELD');
    const key = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "wide", scopes: ["catalog:read", "orders:manage"] }) { secret errors { code } } }`,
      {},
      keeper,
    );
    expect(key.body.data?.apiKeyCreate).toMatchObject({ secret: null, errors: [{ code: 'SCOPE_NOT_HELD' }] });
    const narrow = await platform.gql(
      `mutation { apiKeyCreate(input: { name: "narrow", scopes: ["catalog:read"] }) { secret errors { code } } }`,
      {},
      keeper,
    );
    expect(narrow.body.data?.apiKeyCreate.errors).toEqual([]);
  });
});

describe('no email oracle', () => {
  const RESET = `mutation($email: String!) { passwordResetRequest(input: { email: $email }) { done errors { code } } }`;

  it('answers password reset requests for known and unknown addresses alike, and mails only the account', async () => {
    await signUp('oracle-shop', 'oracle@corp.example');
    const timed = async (email: string) => {
      const started = performance.now();
      const result = await platform.gql(RESET, { email });
      return { body: result.body, ms: performance.now() - started };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 6; round++) {
      const a = await timed('oracle@corp.example');
      const b = await timed(`ghost-${round}@corp.example`);
      expect(withoutBudget(a.body)).toEqual({ data: { passwordResetRequest: { done: true, errors: [] } } });
      expect(withoutBudget(b.body)).toEqual(withoutBudget(a.body));
      known.push(a.ms);
      unknown.push(b.ms);
    }
    const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    // the same work on both paths (one outbox row); the mail is decided later, off the request
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(50);
    await platform.mail.waitFor('oracle@corp.example', /Reset your password/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(platform.mail.received.some((mail) => mail.to.some((to) => to.startsWith('ghost-')))).toBe(false);
  });

  it('answers sign-up the same for a known and an unknown address, with a right or wrong password, in similar time', async () => {
    await signUp('oracle-first', 'twice@corp.example');
    let round = 0;
    const attempt = async (email: string, password: string) => {
      const slug = `oracle-${++round}`;
      const started = performance.now();
      const answer = await platform.gql(SIGN_UP, {
        input: { name: 'Again', slug, ownerEmail: email, ownerPassword: password },
      });
      const ms = performance.now() - started;
      const payload = answer.body.data?.tenantCreate;
      expect(payload).toEqual({ tenant: { slug, name: 'Again' }, errors: [] });
      return { shape: JSON.stringify({ ...payload, tenant: { ...payload.tenant, slug: 's' } }), ms };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    const shapes = new Set<string>();
    for (let i = 0; i < 4; i++) {
      for (const [email, times] of [
        ['twice@corp.example', known],
        [`ghost-sign-up-${i}@corp.example`, unknown],
      ] as const) {
        const answer = await attempt(email, i % 2 ? PASSWORD : 'Wrong-Horse-42x');
        shapes.add(answer.shape);
        times.push(answer.ms);
      }
    }
    expect(shapes.size).toBe(1);
    const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    // the same work on both paths (a hash, the pending tenant, one outbox row); the mail is decided later
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(50);

    // an unconfirmed sign-up cannot sign in, and says so exactly like a wrong password does
    const pending = await signIn('ghost-sign-up-1@corp.example', PASSWORD);
    const wrong = await signIn('twice@corp.example', 'Wrong-Horse-42x');
    expect(pending).toEqual(wrong);
    expect(pending?.errors[0].code).toBe('INVALID_CREDENTIALS');

    // the address's owner confirms by mail, signed in
    const mail = await platform.mail.waitFor('twice@corp.example', /Confirm your new shop Again/);
    expect(mail.text).toContain('already has an account');
    const owner = await signIn('twice@corp.example', PASSWORD, 'oracle-first');
    const accepted = await platform.gql(
      ACCEPT,
      { input: { token: tokenIn(mail.text) } },
      bearer(owner.session.accessToken),
    );
    expect(accepted.body.data?.invitationAccept.session.roles).toEqual(['owner']);
    // an unknown address's link completes its sign-up only with the password chosen then
    const link = await platform.mail.waitFor('ghost-sign-up-1@corp.example', /Confirm your new shop Again/);
    const wrongPassword = await platform.gql(ACCEPT, {
      input: { token: tokenIn(link.text), password: 'Not-Chosen-1x' },
    });
    expect(wrongPassword.body.data?.invitationAccept.errors[0].code).toBe('INVALID_CREDENTIALS');
    const done = await platform.gql(ACCEPT, { input: { token: tokenIn(link.text), password: PASSWORD } });
    expect(done.body.data?.invitationAccept.session.roles).toEqual(['owner']);
  });

  it('answers sign-in the same for an unknown address and a wrong password', async () => {
    await signUp('oracle-sign-in', 'known@corp.example');
    const wrong = await signIn('known@corp.example', 'Wrong-Horse-42x');
    const unknown = await signIn('unknown@corp.example', PASSWORD);
    expect(wrong).toEqual({
      session: null,
      errors: [{ code: 'INVALID_CREDENTIALS', field: null, message: expect.any(String) }],
    });
    expect(unknown).toEqual(wrong);
  });
});

describe('password reset by mailed token', () => {
  it('sets the new password once, signs the person out of every session, and refuses the used link', async () => {
    const first = await signUp('reset-one', 'forgetful@corp.example');
    const since = platform.mail.received.length;
    await platform.gql(`mutation { passwordResetRequest(input: { email: "Forgetful@corp.example" }) { done } }`);
    const mail = await platform.mail.waitFor('forgetful@corp.example', /Reset your password/, { since });
    const token = tokenIn(mail.text);
    const COMPLETE = `mutation($input: PasswordResetCompleteInput!) { passwordResetComplete(input: $input) { done errors { code field } } }`;
    const weak = await platform.gql(COMPLETE, { input: { token, newPassword: 'short' } });
    expect(weak.body.data?.passwordResetComplete.errors).toEqual([
      { code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] },
    ]);
    const done = await platform.gql(COMPLETE, { input: { token, newPassword: 'Brand-New-Pass-7' } });
    expect(done.body.data?.passwordResetComplete).toEqual({ done: true, errors: [] });
    const refresh = await platform.gql(REFRESH, { token: first.session.refreshToken });
    expect(refresh.body.data?.sessionRefresh.session).toBeNull();
    expect(await refusedWithin5s(first.headers)).toEqual({ status: 401, reason: 'SESSION_REVOKED' });
    expect((await signIn('forgetful@corp.example', PASSWORD))?.errors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await signIn('forgetful@corp.example', 'Brand-New-Pass-7'))?.session).toBeTruthy();
    const reused = await platform.gql(COMPLETE, { input: { token, newPassword: 'Another-New-Pass-8' } });
    expect(reused.body.data?.passwordResetComplete.errors).toEqual([
      { code: 'INVALID_TOKEN', field: ['input', 'token'] },
    ]);
    const forged = await platform.gql(COMPLETE, { input: { token: 'rst_garbage', newPassword: 'Another-New-Pass-8' } });
    expect(forged.body.data?.passwordResetComplete.errors[0].code).toBe('INVALID_TOKEN');
  });
});

describe('mail from the outbox', () => {
  it('loses nothing while the mail server is down: the invitation arrives once it is back', async () => {
    const shop = await signUp('outage-shop');
    platform.mail.failing(true);
    const since = platform.mail.received.length;
    try {
      const result = await platform.gql(
        INVITE,
        { input: { email: 'patient@corp.example', roleNames: ['viewer'] } },
        shop.headers,
      );
      expect(result.body.data?.memberInvite.errors).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(platform.mail.received.slice(since)).toEqual([]);
    } finally {
      platform.mail.failing(false);
    }
    const mail = await platform.mail.waitFor('patient@corp.example', /invited/, { since, timeoutMs: 15_000 });
    const accepted = await platform.gql(ACCEPT, { input: { token: tokenIn(mail.text), password: 'Patient-Pass-12' } });
    expect(accepted.body.data?.invitationAccept.session.roles).toEqual(['viewer']);
  });

  it('a revoked invitation link stops working', async () => {
    const shop = await signUp('revoke-shop');
    const { invitation, token } = await invite(shop.headers, 'revoked@corp.example', ['viewer']);
    const listed = await platform.gql(`{ invitations { totalCount edges { node { id email } } } }`, {}, shop.headers);
    expect(listed.body.data?.invitations.edges.map((edge: any) => edge.node.email)).toEqual(['revoked@corp.example']);
    const revoke = await platform.gql(
      `mutation($id: ID!) { invitationRevoke(input: { id: $id }) { errors { code } } }`,
      { id: invitation.id },
      shop.headers,
    );
    expect(revoke.body.data?.invitationRevoke.errors).toEqual([]);
    const accepted = await platform.gql(ACCEPT, { input: { token, password: 'Revoked-Pass-12' } });
    expect(accepted.body.data?.invitationAccept.errors[0].code).toBe('INVALID_TOKEN');
  });
});

describe('shoppers', () => {
  let storefront: Headers;
  beforeAll(async () => {
    const owner = await signUp('shopper-shop');
    const key = await platform.gql(
      `mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`,
      {},
      owner.headers,
    );
    storefront = { 'x-publishable-key': key.body.data?.storefrontKeyCreate.secret as string };
  });
  const REGISTER = `mutation($input: CustomerRegisterInput!) { customerRegister(input: $input) { done errors { code field } } }`;
  const SHOPPER_SIGN_IN = `mutation($input: CustomerSessionCreateInput!) {
    customerSessionCreate(input: $input) { session { accessToken customer { id } } errors { code } } }`;

  it('answers registration alike for a registered and a new address; the new one is created only by its link and password', async () => {
    await registerShopperByMail(platform.gql, platform.mail, storefront, {
      email: 'regular@shopper.example',
      password: 'Shopper-Pass-1',
    });
    const since = platform.mail.received.length;
    const known = await platform.gql(
      REGISTER,
      { input: { email: 'regular@shopper.example', password: 'Attacker-Pass-1' } },
      storefront,
    );
    const unknown = await platform.gql(
      REGISTER,
      { input: { email: 'newcomer@shopper.example', password: 'Newcomer-Pass-1' } },
      storefront,
    );
    expect(withoutBudget(known.body)).toEqual({ data: { customerRegister: { done: true, errors: [] } } });
    expect(withoutBudget(unknown.body)).toEqual(withoutBudget(known.body));
    // the attacker's password opened nothing; the owner keeps theirs and hears of the attempt
    const attacker = await platform.gql(
      SHOPPER_SIGN_IN,
      { input: { email: 'regular@shopper.example', password: 'Attacker-Pass-1' } },
      storefront,
    );
    expect(attacker.body.data?.customerSessionCreate.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    const notice = await platform.mail.waitFor('regular@shopper.example', /Your account at/, { since });
    expect(notice.text).toContain('/account/forgot-password');
    // before its link is used the new address has no account: the same answer as a wrong password
    const early = await platform.gql(
      SHOPPER_SIGN_IN,
      { input: { email: 'newcomer@shopper.example', password: 'Newcomer-Pass-1' } },
      storefront,
    );
    expect(early.body.data?.customerSessionCreate.errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    const link = await platform.mail.waitFor('newcomer@shopper.example', /Your account at/, { since });
    expect(link.text).toContain('/account/verify?token=');
    const COMPLETE = `mutation($input: CustomerRegisterCompleteInput!) {
      customerRegisterComplete(input: $input) { session { customer { email } } errors { code field } } }`;
    const wrong = await platform.gql(
      COMPLETE,
      { input: { token: tokenIn(link.text), password: 'Guessed-Pass-1' } },
      storefront,
    );
    expect(wrong.body.data?.customerRegisterComplete.errors).toEqual([
      { code: 'INVALID_CREDENTIALS', field: ['input', 'password'] },
    ]);
    const done = await platform.gql(
      COMPLETE,
      { input: { token: tokenIn(link.text), password: 'Newcomer-Pass-1' } },
      storefront,
    );
    expect(done.body.data?.customerRegisterComplete.session.customer.email).toBe('newcomer@shopper.example');
  });

  it('resets a shopper password by mailed token and ends their sessions at the gateway', async () => {
    const session = await registerShopperByMail(platform.gql, platform.mail, storefront, {
      email: 'forgetful@shopper.example',
      password: 'Shopper-Pass-1',
    });
    const RESET = `mutation($email: String!) { customerPasswordResetRequest(input: { email: $email }) { done errors { code } } }`;
    const since = platform.mail.received.length;
    const known = await platform.gql(RESET, { email: 'forgetful@shopper.example' }, storefront);
    const unknown = await platform.gql(RESET, { email: 'nobody@shopper.example' }, storefront);
    expect(withoutBudget(known.body)).toEqual({ data: { customerPasswordResetRequest: { done: true, errors: [] } } });
    expect(withoutBudget(unknown.body)).toEqual(withoutBudget(known.body));
    const mail = await platform.mail.waitFor('forgetful@shopper.example', /Reset your password/, { since });
    expect(mail.text).toContain('/account/reset-password?token=');
    const COMPLETE = `mutation($input: CustomerPasswordResetCompleteInput!) {
      customerPasswordResetComplete(input: $input) { done errors { code } } }`;
    const done = await platform.gql(
      COMPLETE,
      { input: { token: tokenIn(mail.text), newPassword: 'Shopper-New-Pass-2' } },
      storefront,
    );
    expect(done.body.data?.customerPasswordResetComplete).toEqual({ done: true, errors: [] });
    expect(await refusedWithin5s(bearer(session.accessToken))).toEqual({ status: 401, reason: 'SESSION_REVOKED' });
    const signedIn = await platform.gql(
      SHOPPER_SIGN_IN,
      { input: { email: 'forgetful@shopper.example', password: 'Shopper-New-Pass-2' } },
      storefront,
    );
    expect(signedIn.body.data?.customerSessionCreate.session.customer.id).toBe(session.customer.id);
    expect(platform.mail.received.slice(since).some((m) => m.to.includes('nobody@shopper.example'))).toBe(false);
  });
});

describe('mail bombing', () => {
  it('mails one address at most 5 times an hour per purpose and answers the same beyond that', async () => {
    await signUp('bomb-target', 'target@corp.example');
    const since = platform.mail.received.length;
    const answers = new Set<string>();
    for (let i = 0; i < 9; i++) {
      const answer = await platform.gql(
        `mutation { passwordResetRequest(input: { email: "target@corp.example" }) { done errors { code } } }`,
      );
      answers.add(JSON.stringify(withoutBudget(answer.body)));
    }
    expect([...answers]).toEqual([JSON.stringify({ data: { passwordResetRequest: { done: true, errors: [] } } })]);
    // the first five arrive; then nothing more, however long we wait
    const resets = () => platform.mail.received.slice(since).filter((m) => m.to.includes('target@corp.example'));
    for (const started = Date.now(); resets().length < 5 && Date.now() - started < 10_000; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(resets()).toHaveLength(5);
  });
});

describe('mailed links work the moment they arrive', () => {
  it('accepts invitations as soon as their mail is delivered, every time', async () => {
    const shop = await signUp('instant-shop');
    for (let i = 0; i < 5; i++) {
      const { token } = await invite(shop.headers, `instant-${i}@corp.example`, ['viewer']);
      const accepted = await platform.gql(ACCEPT, { input: { token, password: 'Instant-Pass-12' } });
      expect(accepted.body.data?.invitationAccept.errors).toEqual([]);
    }
  });
});
