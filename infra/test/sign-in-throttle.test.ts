import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Platform, startPlatform } from './platform.ts';
import { registerShopperByMail, signUpByMail } from './sign-up.ts';

/**
 * Sign-in brute force, through the real gateway and identity, as an attacker would: many wrong
 * passwords as fast as the gateway answers. The gateway sits behind a proxy it trusts, so each test
 * client chooses its address with x-forwarded-for, as distinct machines would have distinct ones.
 */
let platform: Platform;
const WINDOW_SECONDS = 3;
const ACCOUNT_FAILURES = 5;
const ADDRESS_FAILURES = 8;

beforeAll(async () => {
  platform = await startPlatform({
    identityEnv: {
      SIGN_IN_WINDOW_SECONDS: String(WINDOW_SECONDS),
      SIGN_IN_ACCOUNT_FAILURES: String(ACCOUNT_FAILURES),
      SIGN_IN_ADDRESS_FAILURES: String(ADDRESS_FAILURES),
      SIGN_IN_LOCK_SECONDS: '60',
    },
    gatewayEnv: { TRUSTED_PROXIES: '127.0.0.1' },
  });
  await signUpByMail(platform.gql, platform.mail, {
    slug: 'guarded',
    email: 'owner@guarded.test',
    password: 'Correct-Horse-42',
    name: 'Guarded',
  });
}, 60_000);
afterAll(() => platform?.close());

const SIGN_IN = `mutation($email: String!, $password: String!) {
  sessionCreate(input: { email: $email, password: $password }) { session { accessToken } errors { code message } } }`;

async function signIn(email: string, password: string, address: string) {
  const started = performance.now();
  const result = await platform.gql(SIGN_IN, { email, password }, { 'x-forwarded-for': address });
  expect(result.status).toBe(200);
  const payload = result.body.data?.sessionCreate as {
    session: { accessToken: string } | null;
    errors: { code: string; message: string }[];
  };
  return {
    code: payload.errors[0]?.code ?? 'OK',
    message: payload.errors[0]?.message,
    ms: performance.now() - started,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('sign-in brute force', () => {
  it(`an attacker gets at most ${ACCOUNT_FAILURES} guesses per account per window; the owner gets in from elsewhere after it`, async () => {
    const attacker = '203.0.113.66';
    const answers = [];
    for (let i = 0; i < 40; i++) answers.push(await signIn('owner@guarded.test', `guess-${i}`, attacker));
    const guesses = answers.filter((answer) => answer.code === 'INVALID_CREDENTIALS');
    expect(guesses).toHaveLength(ACCOUNT_FAILURES);
    expect(answers.slice(ACCOUNT_FAILURES).every((answer) => answer.code === 'TOO_MANY_ATTEMPTS')).toBe(true);
    expect(answers.at(-1)?.message).toMatch(/try again in \d+ s/);
    // even the right password is refused while the account is locked: the lock is not an oracle
    expect((await signIn('owner@guarded.test', 'Correct-Horse-42', attacker)).code).toBe('TOO_MANY_ATTEMPTS');

    await sleep(WINDOW_SECONDS * 1000 + 300);
    const owner = await signIn('owner@guarded.test', 'Correct-Horse-42', '198.51.100.7');
    expect(owner.code).toBe('OK');
  });

  it('an unknown email answers exactly like a known one, in similar time', async () => {
    const attacker = '203.0.113.77';
    type Answer = Awaited<ReturnType<typeof signIn>>;
    const known: Answer[] = [];
    const unknown: Answer[] = [];
    for (let i = 0; i < ACCOUNT_FAILURES + 2; i++) {
      known.push(await signIn('owner@guarded.test', `known-${i}`, attacker));
      unknown.push(await signIn('nobody@guarded.test', `unknown-${i}`, attacker));
    }
    expect(unknown.map((answer) => answer.code)).toEqual(known.map((answer) => answer.code));
    expect(unknown.map((answer) => answer.message)).toEqual(known.map((answer) => answer.message));
    const mean = (list: { ms: number }[]) => list.reduce((sum, answer) => sum + answer.ms, 0) / list.length;
    const checked = (list: Answer[]) => list.filter((answer) => answer.code === 'INVALID_CREDENTIALS');
    const ratio = mean(checked(unknown)) / mean(checked(known));
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
    await sleep(WINDOW_SECONDS * 1000 + 300);
  });

  it(`one address spraying many accounts is locked after ${ADDRESS_FAILURES} failures; other addresses are not`, async () => {
    const sprayer = '203.0.113.88';
    const answers = [];
    for (let i = 0; i < ADDRESS_FAILURES + 4; i++) answers.push(await signIn(`victim-${i}@guarded.test`, 'x', sprayer));
    expect(answers.filter((answer) => answer.code === 'INVALID_CREDENTIALS')).toHaveLength(ADDRESS_FAILURES);
    expect(answers.slice(ADDRESS_FAILURES).every((answer) => answer.code === 'TOO_MANY_ATTEMPTS')).toBe(true);
    // the address stays locked past the account window (its lock is 60 s and grows)
    await sleep(WINDOW_SECONDS * 1000 + 300);
    expect((await signIn('owner@guarded.test', 'Correct-Horse-42', sprayer)).code).toBe('TOO_MANY_ATTEMPTS');
    expect((await signIn('owner@guarded.test', 'Correct-Horse-42', '198.51.100.8')).code).toBe('OK');
  });
});

describe('shopper sign-in brute force', () => {
  it('is throttled the same way, per storefront', async () => {
    const owner = await signIn('owner@guarded.test', 'Correct-Horse-42', '198.51.100.9');
    expect(owner.code).toBe('OK');
    const session = await platform.gql(
      SIGN_IN,
      { email: 'owner@guarded.test', password: 'Correct-Horse-42' },
      { 'x-forwarded-for': '198.51.100.9' },
    );
    const bearer = { authorization: `Bearer ${session.body.data?.sessionCreate.session.accessToken}` };
    const key = await platform.gql(`mutation { storefrontKeyCreate(input: { name: "web" }) { secret } }`, {}, bearer);
    const publishable = { 'x-publishable-key': key.body.data?.storefrontKeyCreate.secret as string };
    await registerShopperByMail(
      platform.gql,
      platform.mail,
      { ...publishable, 'x-forwarded-for': '198.51.100.10' },
      { email: 'shopper@guarded.test', password: 'Shopper-Pass-1' },
    );
    const codes = [];
    for (let i = 0; i < 12; i++) {
      const result = await platform.gql(
        `mutation($password: String!) { customerSessionCreate(input: { email: "shopper@guarded.test", password: $password }) { errors { code } } }`,
        { password: `guess-${i}` },
        { ...publishable, 'x-forwarded-for': '203.0.113.99' },
      );
      codes.push(result.body.data?.customerSessionCreate.errors[0]?.code);
    }
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(ACCOUNT_FAILURES);
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
    await sleep(WINDOW_SECONDS * 1000 + 300);
    const real = await platform.gql(
      `mutation { customerSessionCreate(input: { email: "shopper@guarded.test", password: "Shopper-Pass-1" }) { session { accessToken } errors { code } } }`,
      {},
      { ...publishable, 'x-forwarded-for': '198.51.100.11' },
    );
    expect(real.body.data?.customerSessionCreate.errors).toEqual([]);
  });
});

describe('a burst of concurrent guesses', () => {
  it(`from 40 addresses at once still gets ${ACCOUNT_FAILURES} guesses at one account, no more`, async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn('owner@guarded.test', `burst-${i}`, `192.0.2.${i + 1}`)),
    );
    expect(answers.filter((answer) => answer.code === 'INVALID_CREDENTIALS')).toHaveLength(ACCOUNT_FAILURES);
    expect(answers.filter((answer) => answer.code === 'TOO_MANY_ATTEMPTS')).toHaveLength(40 - ACCOUNT_FAILURES);
    await sleep(WINDOW_SECONDS * 1000 + 300);
    expect((await signIn('owner@guarded.test', 'Correct-Horse-42', '198.51.100.12')).code).toBe('OK');
  });
});

describe('the throttle’s storage', () => {
  it('is out of the application role’s reach except through its functions', async () => {
    await expect(platform.db.appPool.query('select * from identity.sign_in_failures')).rejects.toThrow(
      /permission denied/,
    );
    await expect(platform.db.appPool.query(`delete from identity.sign_in_failures`)).rejects.toThrow(
      /permission denied/,
    );
  });
});
