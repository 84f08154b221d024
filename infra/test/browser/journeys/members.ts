import type { Page } from 'playwright-core';
import { waitForMailFile } from '../../../src/mail-folder.ts';

/** One GraphQL call through the gateway; a refusal or a top-level error fails the journey. */
export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors?.length) throw new Error(`${query.slice(0, 60)}… → ${JSON.stringify(body)}`);
  return body.data;
}

/** A staff member's access token for the demo tenant. */
export async function staffToken(gatewayUrl: string, member: { email: string; password: string }): Promise<string> {
  const data = await gql<{ sessionCreate: { session: { accessToken: string } } }>(
    gatewayUrl,
    'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { session { accessToken } errors { code } } }',
    { input: { email: member.email, password: member.password, tenantSlug: 'demo' } },
  );
  return data.sessionCreate.session.accessToken;
}

/**
 * A second member, as a person becomes one: the owner invites them with `roleNames`, they accept from
 * the mailed link and set their password. Returns their credentials.
 */
export async function inviteMember(options: {
  gatewayUrl: string;
  mailDir: string;
  owner: { email: string; password: string };
  email: string;
  name: string;
  roleNames: string[];
}): Promise<{ email: string; password: string }> {
  const member = { email: options.email, password: 'Member-Password-2026' };
  await gql(
    options.gatewayUrl,
    'mutation($input: MemberInviteInput!) { memberInvite(input: $input) { errors { code message } } }',
    { input: { email: member.email, roleNames: options.roleNames } },
    await staffToken(options.gatewayUrl, options.owner),
  );
  const mail = await waitForMailFile(options.mailDir, member.email, /invited/);
  const token = new URL(mail.links[0] ?? '').searchParams.get('token');
  await gql(
    options.gatewayUrl,
    'mutation($input: InvitationAcceptInput!) { invitationAccept(input: $input) { errors { code message } } }',
    { input: { token, password: member.password, name: options.name } },
  );
  return member;
}

/** Reloads `page` until `ready` holds (what the worker does arrives a moment after the click). */
export async function reloadUntil(
  page: Page,
  ready: () => Promise<boolean>,
  what: string,
  expect: (condition: unknown, message: string) => void,
  timeoutMs = 15_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    expect(Date.now() < deadline, `${what} within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(400);
    await page.reload();
  }
}
