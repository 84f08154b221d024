import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateSigningKeyJwk } from '@ucos/identity/signing-keys';

export interface LocalSecrets {
  internalTokenSecret: string;
  authSigningKey: string;
  appDbPassword: string;
}

/**
 * Secrets for a local stack, made on first start and kept in the git-ignored .ucos folder so that
 * sessions survive restarts. Production passes them as env (see the README); env always wins.
 */
export async function localSecrets(file: string): Promise<LocalSecrets> {
  const stored: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  const secrets: LocalSecrets = {
    internalTokenSecret: stored.internalTokenSecret ?? randomBytes(32).toString('base64url'),
    authSigningKey: stored.authSigningKey ?? (await generateSigningKeyJwk()),
    appDbPassword: stored.appDbPassword ?? randomBytes(18).toString('base64url'),
  };
  if (JSON.stringify(stored) !== JSON.stringify(secrets)) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return {
    internalTokenSecret: process.env.INTERNAL_TOKEN_SECRET ?? secrets.internalTokenSecret,
    authSigningKey: process.env.AUTH_SIGNING_KEY ?? secrets.authSigningKey,
    appDbPassword: process.env.APP_DB_PASSWORD ?? secrets.appDbPassword,
  };
}
