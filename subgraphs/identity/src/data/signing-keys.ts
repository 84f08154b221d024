import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export const ACCESS_TOKEN_ALGORITHM = 'EdDSA';
export const ACCESS_TOKEN_ISSUER = 'ucos-identity';
export const ACCESS_TOKEN_AUDIENCE = 'ucos';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/** A new Ed25519 key as a private JWK string, for AUTH_SIGNING_KEY (the launcher and tests use it). */
export async function generateSigningKeyJwk(): Promise<string> {
  const { privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  return JSON.stringify({ ...jwk, kid: crypto.randomUUID(), alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' });
}

export async function loadSigningKey(privateJwkJson: string): Promise<SigningKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(privateJwkJson) as JWK;
  } catch {
    throw new Error('AUTH_SIGNING_KEY is not valid JSON');
  }
  if (!jwk.kid || !jwk.d || jwk.crv !== 'Ed25519')
    throw new Error('AUTH_SIGNING_KEY must be a private Ed25519 JWK with a kid');
  const privateKey = (await importJWK({ ...jwk, alg: ACCESS_TOKEN_ALGORITHM }, ACCESS_TOKEN_ALGORITHM)) as CryptoKey;
  const { d: _private, ...publicJwk } = jwk;
  return { kid: jwk.kid, privateKey, publicJwk: { ...publicJwk, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' } };
}
