import {
  type AuthContext,
  countStatements,
  createLogger,
  internalTokenKey,
  type StatementCounter,
  signInternalToken,
} from '@ucos/kit';
import { startTestSmtpServer, type TestSmtpServer } from '@ucos/kit/mail/testing';
import { createTestDatabase, type GraphQLResponse, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { loadNotificationsEnv } from '@ucos/notifications/env';
import { createNotificationsWorker } from '@ucos/notifications/worker';
import pg from 'pg';
import { generateSigningKeyJwk } from '../src/data/signing-keys.ts';
import { loadIdentityEnv } from '../src/env.ts';
import { createIdentityWorker, loadIdentityWorkerEnv } from '../src/worker.ts';
import { createIdentityServer } from '../src/yoga.ts';

export const INTERNAL_SECRET = 'identity-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);
const NOTIFICATIONS_MIGRATIONS = new URL('../../notifications/migrations/', import.meta.url);

export type { GraphQLResponse };

export interface IdentityHarness {
  db: TestDatabase;
  call<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: Partial<AuthContext>,
  ): Promise<GraphQLResponse<T>>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  serviceToken(): Promise<string>;
  /** counts every statement the server's pool sends (Prisma's included) */
  statements: StatementCounter;
  /** the outbox relay, which polls on the same pool: a statement count stops it first */
  relay: { stop(): Promise<void>; start(): void };
  /** the real SMTP server identity's mail goes to (sent by notifications' worker) */
  mail: TestSmtpServer;
  /** a query as the database's owner, bypassing RLS: for assertions and set-up only */
  admin<Row extends pg.QueryResultRow = Record<string, any>>(text: string, values?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

/**
 * A migrated test database and the identity subgraph served in-process (yoga.fetch), with its outbox
 * relay running, identity's worker (its mail consumer) and notifications' worker, which renders and
 * sends identity's mail to a real in-process SMTP server, as the one-process stack runs them.
 */
export async function startIdentity(): Promise<IdentityHarness> {
  const db = await createTestDatabase([
    { schema: 'identity', directory: MIGRATIONS },
    { schema: 'notifications', directory: NOTIFICATIONS_MIGRATIONS },
  ]);
  const mail = await startTestSmtpServer();
  const source = {
    SMTP_URL: mail.url,
    NODE_ENV: 'test',
    DATABASE_URL: db.appUrl,
    INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
    AUTH_SIGNING_KEY: await generateSigningKeyJwk(),
    PASSWORD_SCRYPT_LOG_N: '12',
    LOG_LEVEL: 'silent',
  };
  const logger = createLogger('identity', process.env.DBG ? 'debug' : 'silent');
  const server = await createIdentityServer(loadIdentityEnv(source), logger);
  // the mail goes out from identity's worker, on the server's bus, as in the one-process stack; it
  // subscribes before the relay starts (an in-process bus only delivers to consumers subscribed)
  const worker = await createIdentityWorker(loadIdentityWorkerEnv(source), logger, { bus: server.bus });
  await worker.start();
  const notifications = await createNotificationsWorker(
    loadNotificationsEnv({
      ...source,
      DATABASE_URL: db.serviceUrl('notifications'),
      NOTIFICATIONS_POLL_MS: '200',
      NOTIFICATIONS_RETRY_BASE_MS: '200',
    }),
    logger,
    server.bus,
  );
  await notifications.start();
  await server.start();
  const adminClient = new pg.Client({ connectionString: db.adminUrl });
  await adminClient.connect();
  const statements = countStatements(server.pool);
  const call = inProcessCaller(server.yoga, INTERNAL_SECRET);
  const key = internalTokenKey(INTERNAL_SECRET);
  const serviceToken = () =>
    signInternalToken(key, {
      kind: 'service',
      subject: 'gateway',
      tenantId: null,
      roles: [],
      scopes: [],
      requestId: crypto.randomUUID(),
    });
  return {
    db,
    call,
    fetch: (path, init) => Promise.resolve(server.yoga.fetch(new Request(`http://identity${path}`, init))),
    serviceToken,
    statements,
    relay: server.relay,
    mail,
    admin: async (text, values) => (await adminClient.query(text, values)).rows,
    async close() {
      await adminClient.end();
      await worker.close();
      await notifications.close();
      await server.close();
      await mail.close();
      await db.drop();
    },
  };
}

/** Auth context of a signed-in user, as the gateway would derive it from a session. */
export function userAuth(session: {
  userId: string;
  tenantId: string;
  scopes: string[];
  roles: string[];
}): Partial<AuthContext> {
  return {
    kind: 'user',
    subject: decodeId(session.userId),
    tenantId: decodeId(session.tenantId),
    scopes: session.scopes,
    roles: session.roles,
  };
}

export const decodeId = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? '';

/** A person's session as `ACCEPT` reads it: where sign-up and invitations end. */
export interface SignedInSession {
  accessToken: string;
  refreshToken: string;
  tenantId: string;
  userId: string;
  roles: string[];
  scopes: string[];
}

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: TenantCreateInput!) {
    tenantCreate(input: $input) {
      tenant { id slug name }
      errors { code field message }
    }
  }`;

export const SIGN_UP_PASSWORD = 'Correct-Horse-42';

/**
 * Signs up as a new owner would: the sign-up, the link from the mail, and the password chosen at
 * sign-up on the page it opens (`invitationAccept`), which creates the account and signs it in.
 */
export async function signUp(harness: IdentityHarness, slug: string, email = `${slug}@example.com`) {
  const since = harness.mail.received.length;
  const result = await harness.call(SIGN_UP, {
    input: { name: `Shop ${slug}`, slug, ownerEmail: email, ownerPassword: SIGN_UP_PASSWORD },
  });
  const payload = result.data?.tenantCreate;
  if (!payload?.tenant) throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
  const mail = await harness.mail.waitFor(email, new RegExp(`Confirm your new shop Shop ${slug}`), { since });
  const completed = await harness.call(ACCEPT, { input: { token: tokenIn(mail.text), password: SIGN_UP_PASSWORD } });
  const session = completed.data?.invitationAccept.session;
  if (!session) throw new Error(`completing the sign-up failed: ${JSON.stringify(completed)}`);
  return { tenant: payload.tenant, session } as { tenant: { id: string; slug: string }; session: SignedInSession };
}

/** The token in the first link of a mail (`?token=…`). */
export function tokenIn(text: string): string {
  const match = /[?&]token=([^\s&]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token link in mail: ${text}`);
  return decodeURIComponent(match[1]);
}

export const INVITE = /* GraphQL */ `
  mutation Invite($input: MemberInviteInput!) {
    memberInvite(input: $input) { invitation { id email roleNames expiresAt } errors { code field message } }
  }`;

export const ACCEPT = /* GraphQL */ `
  mutation Accept($input: InvitationAcceptInput!) {
    invitationAccept(input: $input) {
      session { accessToken refreshToken tenantId userId roles scopes }
      errors { code field message }
    }
  }`;

/** Invites `email` as `inviter`, reads the link from the delivered mail and accepts it with `password`. */
export async function inviteAndAccept(
  harness: IdentityHarness,
  inviter: Partial<AuthContext>,
  email: string,
  roleNames: string[],
  password: string,
) {
  const since = harness.mail.received.length;
  const invited = await harness.call(INVITE, { input: { email, roleNames } }, inviter);
  if (invited.data?.memberInvite.errors.length !== 0) throw new Error(`invite failed: ${JSON.stringify(invited)}`);
  const mail = await harness.mail.waitFor(email, /invited/, { since });
  const accepted = await harness.call(ACCEPT, { input: { token: tokenIn(mail.text), password } });
  const session = accepted.data?.invitationAccept.session;
  if (!session) throw new Error(`accept failed: ${JSON.stringify(accepted)}`);
  return session as SignedInSession;
}

/** A storefront's publishable key of `tenantId`, as the gateway passes it on. */
export const storefrontOf = (tenantId: string): Partial<AuthContext> => ({
  kind: 'publishable_key',
  subject: crypto.randomUUID(),
  tenantId,
  scopes: ['catalog:browse', 'cart:own', 'checkout'],
});

export const CUSTOMER_REGISTER = /* GraphQL */ `
  mutation Register($input: CustomerRegisterInput!) { customerRegister(input: $input) { done errors { code field } } }`;
export const CUSTOMER_REGISTER_COMPLETE = /* GraphQL */ `
  mutation Complete($input: CustomerRegisterCompleteInput!) {
    customerRegisterComplete(input: $input) {
      session { accessToken refreshToken refreshTokenExpiresAt customer { id email name } }
      errors { code field }
    }
  }`;

/** Registers a shopper at `tenantId`'s storefront as one would: register, the mailed link, the same password. */
export async function registerShopper(
  harness: IdentityHarness,
  tenantId: string,
  input: { email: string; password: string; name?: string },
) {
  const since = harness.mail.received.length;
  const registered = await harness.call(CUSTOMER_REGISTER, { input }, storefrontOf(tenantId));
  if (!registered.data?.customerRegister.done) throw new Error(`register failed: ${JSON.stringify(registered)}`);
  const mail = await harness.mail.waitFor(input.email, /Your account at/, { since });
  const completed = await harness.call(
    CUSTOMER_REGISTER_COMPLETE,
    { input: { token: tokenIn(mail.text), password: input.password } },
    storefrontOf(tenantId),
  );
  const session = completed.data?.customerRegisterComplete.session;
  if (!session) throw new Error(`completing the registration failed: ${JSON.stringify(completed)}`);
  return session as {
    accessToken: string;
    refreshToken: string;
    refreshTokenExpiresAt: string;
    customer: { id: string; email: string; name: string | null };
  };
}
