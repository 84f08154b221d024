import { confirmSignUpAsOperator } from '@ucos/identity/operator';

/** The demo tenant `npm start` seeds, through the public API like any sign-up. */
export const DEMO = {
  tenantSlug: process.env.DEMO_TENANT_SLUG ?? 'demo',
  tenantName: 'Demo Store',
  ownerEmail: process.env.DEMO_OWNER_EMAIL ?? 'owner@demo.ucos.dev',
  ownerPassword: process.env.DEMO_OWNER_PASSWORD ?? 'Demo-Password-2026',
};

/** The address the demo invites (its invitation stays pending, so the members screen shows one). */
export const DEMO_INVITEE = 'new.hire@demo.ucos.dev';

/** Signs the demo owner in: the tenant id and a staff access token. */
export async function demoOwnerSession(gatewayUrl: string): Promise<{ tenantId: string; accessToken: string }> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!, $t: String) { sessionCreate(input: { email: $e, password: $p, tenantSlug: $t }) { session { accessToken tenantId } errors { code } } }`,
      variables: { e: DEMO.ownerEmail, p: DEMO.ownerPassword, t: DEMO.tenantSlug },
    }),
  });
  const body = (await response.json()) as {
    data?: { sessionCreate?: { session?: { accessToken: string; tenantId: string } } };
  };
  const session = body.data?.sessionCreate?.session;
  if (!session) throw new Error(`cannot sign in as the demo owner: ${JSON.stringify(body)}`);
  const tenantId = Buffer.from(session.tenantId, 'base64url').toString('utf8').split(':')[1] ?? '';
  return { tenantId, accessToken: session.accessToken };
}

/**
 * Creates the demo tenant unless it exists, through the public sign-up, then confirms it as an
 * operator (the administrative database connection stands in for the owner's mailed link, so the
 * demo owner can sign in at once). Returns whether it was created (or confirmed) now.
 */
export async function seedDemoTenant(gatewayUrl: string, adminDatabaseUrl: string): Promise<boolean> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation Seed($input: TenantCreateInput!) { tenantCreate(input: $input) { tenant { slug } errors { code message } } }`,
      variables: {
        input: {
          name: DEMO.tenantName,
          slug: DEMO.tenantSlug,
          ownerEmail: DEMO.ownerEmail,
          ownerPassword: DEMO.ownerPassword,
          ownerName: 'Demo Owner',
        },
      },
    }),
  });
  const body = (await response.json()) as {
    data?: { tenantCreate: { tenant: unknown; errors: { code: string; message: string }[] } };
    errors?: unknown[];
  };
  const payload = body.data?.tenantCreate;
  if (!payload) throw new Error(`seeding the demo tenant failed: ${JSON.stringify(body)}`);
  if (payload.tenant) {
    if (!(await confirmSignUpAsOperator(adminDatabaseUrl, DEMO.tenantSlug)))
      throw new Error('seeding the demo tenant failed: its sign-up could not be confirmed');
    return true;
  }
  if (payload.errors.every((error) => error.code === 'SLUG_TAKEN')) {
    // an earlier start may have stopped between the sign-up and its confirmation
    return confirmSignUpAsOperator(adminDatabaseUrl, DEMO.tenantSlug);
  }
  throw new Error(`seeding the demo tenant failed: ${payload.errors.map((error) => error.message).join('; ')}`);
}

/** Invites a staff member to the demo tenant; the mail (and its link) lands in the mail folder. */
export async function seedDemoInvitation(gatewayUrl: string, accessToken: string): Promise<void> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({
      query: `mutation($input: MemberInviteInput!) { memberInvite(input: $input) { errors { code message } } }`,
      variables: { input: { email: DEMO_INVITEE, roleNames: ['staff'] } },
    }),
  });
  const body = (await response.json()) as { data?: { memberInvite: { errors: { message: string }[] } } };
  const errors = body.data?.memberInvite.errors;
  if (!errors) throw new Error(JSON.stringify(body));
  if (errors.length) throw new Error(errors.map((error) => error.message).join('; '));
}
