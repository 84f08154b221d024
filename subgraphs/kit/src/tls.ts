import { constants } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EnvError } from './env.ts';

/**
 * Transport security between the platform's services: every subgraph serves HTTPS and requires a
 * client certificate signed by the platform CA (mutual TLS), and every internal caller (the gateway,
 * a subgraph's internal client) presents its own service certificate. Off unless configured: without
 * `TLS_CERT_FILE` everything stays plain HTTP. See docs/architecture/transport-security.md.
 *
 * TLS 1.3 is the minimum wherever this module sets up a server: Node's `minVersion`, and on Bun
 * (whose `Bun.serve` has no `minVersion`) OpenSSL's options turning TLS 1.0–1.2 off.
 */
export interface ServiceTls {
  /** this service's certificate chain, PEM */
  cert: string;
  /** its private key, PEM */
  key: string;
  /**
   * The CAs it trusts, one PEM certificate each: the peers' certificates (clients it serves, servers
   * it calls) must chain to one of them. Two during a rotation: the old CA and the new.
   */
  ca: string[];
  /** a server refuses, during the handshake, every client without a certificate from `ca` */
  requireClientCertificate: boolean;
}

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value ? value : undefined));

/** The variables of `loadServiceTls`; every service's env shape spreads them (through `standaloneEnvShape`). */
export const tlsEnvShape = {
  /** this service's certificate (PEM; the chain when there are intermediates) */
  TLS_CERT_FILE: optionalText,
  /** its private key (PEM) */
  TLS_KEY_FILE: optionalText,
  /**
   * the trusted CA certificates: comma-separated files, each may hold several (old + new during a
   * rotation), or folders whose every `.crt`/`.pem` file is read
   */
  TLS_CA_FILE: optionalText,
  /** `require` (default): a client without a certificate from TLS_CA_FILE never reaches the service; `off`: server TLS only */
  TLS_CLIENT_AUTH: z.enum(['require', 'off']).default('require'),
};

export interface TlsEnv {
  TLS_CERT_FILE?: string | undefined;
  TLS_KEY_FILE?: string | undefined;
  TLS_CA_FILE?: string | undefined;
  TLS_CLIENT_AUTH?: 'require' | 'off' | undefined;
}

/**
 * The service's TLS from its parsed environment; `null` when none of the files is set (plain HTTP).
 * Half a configuration is refused rather than quietly served in plain text.
 */
export function loadServiceTls(env: TlsEnv, prefix = 'TLS_'): ServiceTls | null {
  const { TLS_CERT_FILE: certFile, TLS_KEY_FILE: keyFile, TLS_CA_FILE: caFiles } = env;
  if (!certFile && !keyFile && !caFiles) return null;
  const missing = [
    ...(certFile ? [] : [`${prefix}CERT_FILE`]),
    ...(keyFile ? [] : [`${prefix}KEY_FILE`]),
    ...(caFiles ? [] : [`${prefix}CA_FILE`]),
  ];
  if (missing.length) throw new EnvError(`TLS is half configured: ${missing.join(', ')} not set`);
  return {
    cert: readPem(certFile as string, `${prefix}CERT_FILE`),
    key: readPem(keyFile as string, `${prefix}KEY_FILE`),
    ca: (caFiles as string)
      .split(',')
      .map((file) => file.trim())
      .filter(Boolean)
      .flatMap((entry) => caFilesOf(entry, `${prefix}CA_FILE`))
      .flatMap((file) => splitPemCertificates(readPem(file, `${prefix}CA_FILE`))),
    requireClientCertificate: env.TLS_CLIENT_AUTH !== 'off',
  };
}

/** A folder stands for its certificate files (a Kubernetes volume whose optional sources may be absent). */
function caFilesOf(entry: string, variable: string): string[] {
  let folder: boolean;
  try {
    folder = statSync(entry).isDirectory();
  } catch (error) {
    throw new EnvError(`${variable}: cannot read ${entry}: ${(error as Error).message}`);
  }
  if (!folder) return [entry];
  const files = readdirSync(entry)
    .filter((name) => /\.(crt|pem)$/.test(name))
    .sort()
    .map((name) => join(entry, name));
  if (!files.length) throw new EnvError(`${variable}: no .crt or .pem file in ${entry}`);
  return files;
}

function readPem(file: string, variable: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new EnvError(`${variable}: cannot read ${file}: ${(error as Error).message}`);
  }
}

/** A bundle of PEM certificates as one string per certificate (Bun wants them apart). */
export function splitPemCertificates(bundle: string): string[] {
  return bundle.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
}

let processTls: ServiceTls | null = null;

/**
 * The certificate this process presents when it calls another service (the kit's internal client
 * uses it unless given its own). Set once at boot by `runStandalone` and the hosts, like tracing:
 * a process is one service identity.
 */
export function useServiceTls(tls: ServiceTls | null): void {
  processTls = tls;
}

export function currentServiceTls(): ServiceTls | null {
  return processTls;
}

/** OpenSSL options that leave TLS 1.3 as the only version a server speaks (Bun.serve has no minVersion). */
export const ONLY_TLS_1_3 =
  constants.SSL_OP_NO_SSLv2 |
  constants.SSL_OP_NO_SSLv3 |
  constants.SSL_OP_NO_TLSv1 |
  constants.SSL_OP_NO_TLSv1_1 |
  constants.SSL_OP_NO_TLSv1_2;

/** What a server is given: a public certificate (the gateway) or a service certificate with client authentication. */
export interface ServerTls {
  cert: string;
  key: string;
  /** trusted client CAs; needed when `requireClientCertificate` */
  ca?: string[];
  requireClientCertificate?: boolean;
}

export type ServiceFetch = (url: string, init?: RequestInit) => Promise<Response>;

const isBun = typeof (globalThis as { Bun?: unknown }).Bun !== 'undefined';

/**
 * `fetch` that presents `tls`'s certificate and trusts only its CAs; plain `fetch` without it. On Bun
 * its fetch takes the `tls` option; on Node an undici Agent carries them (TLS 1.3 minimum there too).
 */
export function serviceFetch(tls: ServiceTls | null): ServiceFetch {
  if (!tls) return (url, init) => fetch(url, init);
  const connect = { cert: tls.cert, key: tls.key, ca: tls.ca };
  if (isBun) return (url, init) => fetch(url, { ...init, tls: connect } as RequestInit);
  // imported on first use, so Bun never links undici and the kit stays synchronous to construct
  let dispatcher: Promise<unknown> | undefined;
  return async (url, init) => {
    dispatcher ??= import('undici').then(
      (undici) => new undici.Agent({ connect: { ...connect, minVersion: 'TLSv1.3' } }),
    );
    return fetch(url, { ...init, dispatcher: await dispatcher } as RequestInit);
  };
}
