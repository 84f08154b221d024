import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadServiceTls, type ServiceTls } from '@ucos/kit/tls';
import {
  type CertificateAuthority,
  certificateExpiry,
  createCertificateAuthority,
  importCertificateAuthority,
  issueCertificate,
} from '@ucos/kit/tls-certificates';

/** The files of one identity, as its process's TLS_* variables name them. */
export interface CertificateFiles {
  TLS_CERT_FILE: string;
  TLS_KEY_FILE: string;
  TLS_CA_FILE: string;
}

export interface LocalCertificates {
  /** every subgraph process, the subgraph host and the worker: serves and calls with it */
  services: CertificateFiles;
  /** the gateway: a client of the subgraphs */
  gateway: CertificateFiles;
  /** what the stack itself presents when it polls a subgraph's /ready */
  probe: ServiceTls;
}

const RENEW_BEFORE_MS = 30 * 24 * 60 * 60 * 1000;
const LOOPBACK = ['localhost', '127.0.0.1', '::1'];

/**
 * A local platform CA and the certificates of the local services, made on first start into
 * `<stateDir>/tls` (git-ignored, like the secrets) and kept: a restart reuses them. A leaf that
 * expires within 30 days is re-issued from the same CA; a missing CA makes everything new. Production
 * certificates come from Secrets (cert-manager), never from here.
 */
export async function localCertificates(stateDir: string): Promise<LocalCertificates> {
  const dir = join(stateDir, 'tls');
  const path = (name: string) => join(dir, name);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const caFresh = await usable(path('ca.crt'), path('ca.key'));
  let authority: CertificateAuthority | undefined;
  const ca = async () => {
    authority ??= caFresh
      ? await importCertificateAuthority(await readFile(path('ca.crt'), 'utf8'), await readFile(path('ca.key'), 'utf8'))
      : await newAuthority(dir);
    return authority;
  };
  if (!caFresh) await ca();
  const leaf = async (name: string, usage: 'both' | 'client') => {
    const certFile = path(`${name}.crt`);
    const keyFile = path(`${name}.key`);
    if (!caFresh || !(await usable(certFile, keyFile))) {
      const issued = await issueCertificate(await ca(), { commonName: `ucos-${name}`, hosts: LOOPBACK, usage });
      await writeFile(certFile, issued.cert);
      await writeFile(keyFile, issued.key, { mode: 0o600 });
    }
    return { TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile, TLS_CA_FILE: path('ca.crt') };
  };
  const services = await leaf('services', 'both');
  const gateway = await leaf('gateway', 'client');
  const probe = loadServiceTls(gateway);
  if (!probe) throw new Error('local certificates: the gateway certificate could not be read back');
  return { services, gateway, probe };
}

async function usable(certFile: string, keyFile: string): Promise<boolean> {
  if (!existsSync(certFile) || !existsSync(keyFile)) return false;
  try {
    return certificateExpiry(await readFile(certFile, 'utf8')).getTime() - Date.now() > RENEW_BEFORE_MS;
  } catch {
    return false;
  }
}

async function newAuthority(dir: string): Promise<CertificateAuthority> {
  const authority = await createCertificateAuthority({ commonName: 'ucos local platform CA' });
  await writeFile(join(dir, 'ca.crt'), authority.cert);
  await writeFile(join(dir, 'ca.key'), authority.key, { mode: 0o600 });
  return authority;
}
