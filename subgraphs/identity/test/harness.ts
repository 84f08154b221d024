import { type AuthContext, createLogger, internalTokenKey, signInternalToken } from '@ucos/kit';
import { createTestDatabase, type GraphQLResponse, inProcessCaller, type TestDatabase } from '@ucos/kit/testing';
import { generateSigningKeyJwk } from '../src/data/signing-keys.ts';
import { loadIdentityEnv } from '../src/env.ts';
import { createIdentityServer } from '../src/yoga.ts';

export const INTERNAL_SECRET = 'identity-test-internal-secret-0123456789';
export const MIGRATIONS = new URL('../migrations/', import.meta.url);

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
  close(): Promise<void>;
}

/** A migrated test database and the identity subgraph served in-process (yoga.fetch). */
export async function startIdentity(): Promise<IdentityHarness> {
  const db = await createTestDatabase([{ schema: 'identity', directory: MIGRATIONS }]);
  const env = loadIdentityEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.appUrl,
    INTERNAL_TOKEN_SECRET: INTERNAL_SECRET,
    AUTH_SIGNING_KEY: await generateSigningKeyJwk(),
    PASSWORD_SCRYPT_LOG_N: '12',
    LOG_LEVEL: 'silent',
  });
  const server = await createIdentityServer(env, createLogger('identity', process.env.DBG ? 'debug' : 'silent'));
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
    async close() {
      await server.close();
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

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: TenantCreateInput!) {
    tenantCreate(input: $input) {
      tenant { id slug name }
      session { accessToken refreshToken tenantId userId roles scopes }
      errors { code field message }
    }
  }`;

export async function signUp(harness: IdentityHarness, slug: string, email = `${slug}@example.com`) {
  const result = await harness.call(SIGN_UP, {
    input: { name: `Shop ${slug}`, slug, ownerEmail: email, ownerPassword: 'Correct-Horse-42' },
  });
  const payload = result.data?.tenantCreate;
  if (!payload?.session) throw new Error(`sign-up failed: ${JSON.stringify(result)}`);
  return payload as {
    tenant: { id: string; slug: string };
    session: {
      accessToken: string;
      refreshToken: string;
      tenantId: string;
      userId: string;
      roles: string[];
      scopes: string[];
    };
  };
}
