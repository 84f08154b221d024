import type { TestSmtpServer } from '@ucos/kit/mail/testing';

/** How the test harnesses talk to the gateway. */
type Gql = (
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<{ status: number; body: { data?: any; errors?: unknown[] } }>;

export const tokenIn = (text: string) => {
  const token = /[?&]token=([^\s&]+)/.exec(text)?.[1];
  if (!token) throw new Error(`no link in mail: ${text}`);
  return decodeURIComponent(token);
};

const SIGN_UP = `mutation($input: TenantCreateInput!) { tenantCreate(input: $input) { tenant { id slug } errors { code field message } } }`;
const COMPLETE = `mutation($input: InvitationAcceptInput!) {
  invitationAccept(input: $input) { session { accessToken refreshToken tenantId userId roles scopes } errors { code field message } } }`;

export interface SignedUp {
  tenantId: string;
  slug: string;
  session: { accessToken: string; refreshToken: string; tenantId: string; userId: string; roles: string[] };
}

/**
 * Signs up through the gateway as a new owner does: `tenantCreate` (nobody signed in), the link
 * from the delivered mail, and the password chosen at sign-up on the page it opens.
 */
export async function signUpByMail(
  gql: Gql,
  mail: TestSmtpServer,
  input: { slug: string; email: string; password: string; name?: string },
): Promise<SignedUp> {
  const since = mail.received.length;
  const name = input.name ?? `Shop ${input.slug}`;
  const created = await gql(SIGN_UP, {
    input: { name, slug: input.slug, ownerEmail: input.email, ownerPassword: input.password },
  });
  const tenant = created.body.data?.tenantCreate?.tenant;
  if (!tenant) throw new Error(`tenantCreate failed: ${JSON.stringify(created.body)}`);
  const message = await mail.waitFor(input.email, /Confirm your new shop/, { since });
  const completed = await gql(COMPLETE, { input: { token: tokenIn(message.text), password: input.password } });
  const session = completed.body.data?.invitationAccept?.session;
  if (!session) throw new Error(`completing the sign-up failed: ${JSON.stringify(completed.body)}`);
  return { tenantId: tenant.id, slug: tenant.slug, session };
}

const REGISTER = `mutation($input: CustomerRegisterInput!) { customerRegister(input: $input) { done errors { code field } } }`;
const REGISTER_COMPLETE = `mutation($input: CustomerRegisterCompleteInput!) {
  customerRegisterComplete(input: $input) { session { accessToken refreshToken customer { id email } } errors { code field } } }`;

/** Registers a shopper through the gateway with a storefront's key: register, the mailed link, the same password. */
export async function registerShopperByMail(
  gql: Gql,
  mail: TestSmtpServer,
  storefrontKey: Record<string, string>,
  input: { email: string; password: string; name?: string },
): Promise<{ accessToken: string; refreshToken: string; customer: { id: string; email: string } }> {
  const since = mail.received.length;
  const registered = await gql(REGISTER, { input }, storefrontKey);
  if (!registered.body.data?.customerRegister?.done)
    throw new Error(`register failed: ${JSON.stringify(registered.body)}`);
  const message = await mail.waitFor(input.email, /Your account at/, { since });
  const completed = await gql(
    REGISTER_COMPLETE,
    { input: { token: tokenIn(message.text), password: input.password } },
    storefrontKey,
  );
  const session = completed.body.data?.customerRegisterComplete?.session;
  if (!session) throw new Error(`completing the registration failed: ${JSON.stringify(completed.body)}`);
  return session;
}
