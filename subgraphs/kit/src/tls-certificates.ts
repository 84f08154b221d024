import { isIP } from 'node:net';
// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata API first
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

/**
 * Certificates for the platform's own CA: the local one `npm start` writes into `.ucos/tls`, and
 * the ones tests make (a wrong CA, an expired certificate). ECDSA P-256 through WebCrypto, so a
 * key takes milliseconds on Bun and on Node alike; production certificates come from its own
 * issuer (cert-manager), never from here.
 */
x509.cryptoProvider.set(globalThis.crypto);

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedCertificate {
  /** the certificate, PEM */
  cert: string;
  /** its private key, PKCS#8 PEM */
  key: string;
}

export interface CertificateAuthority extends IssuedCertificate {
  readonly certificate: x509.X509Certificate;
  readonly keys: CryptoKeyPair;
}

export interface Validity {
  /** default: one hour ago (clocks of the machines that check it may lag a little) */
  notBefore?: Date;
  /** default: `days` after now */
  notAfter?: Date;
  /** default: 825 for a leaf, 3650 for a CA */
  days?: number;
}

function validity(options: Validity, defaultDays: number) {
  const now = Date.now();
  return {
    notBefore: options.notBefore ?? new Date(now - 60 * 60 * 1000),
    notAfter: options.notAfter ?? new Date(now + (options.days ?? defaultDays) * DAY_MS),
  };
}

const serial = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0] ?? 0) & 0x7f; // a positive integer
  return Buffer.from(bytes).toString('hex');
};

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', key);
  return x509.PemConverter.encode(der, 'PRIVATE KEY');
}

/** A self-signed root that signs the platform's service certificates. */
export async function createCertificateAuthority(
  options: { commonName: string } & Validity,
): Promise<CertificateAuthority> {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${options.commonName}`,
    ...validity(options, 3650),
    keys,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificate, keys, cert: certificate.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

/** A CA written earlier (`cert` and PKCS#8 `key` PEM), to issue more certificates from. */
export async function importCertificateAuthority(cert: string, key: string): Promise<CertificateAuthority> {
  const certificate = new x509.X509Certificate(cert);
  const privateKey = await crypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(key), ALGORITHM, true, [
    'sign',
  ]);
  const publicKey = await certificate.publicKey.export(ALGORITHM, ['verify']);
  return { certificate, keys: { privateKey, publicKey }, cert, key };
}

export interface LeafOptions extends Validity {
  commonName: string;
  /** DNS names and IP addresses the certificate is valid for (a server's addresses) */
  hosts?: string[];
  /** `server`, `client`, or both (a subgraph serves and calls others with one certificate) */
  usage?: 'server' | 'client' | 'both';
}

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/** A certificate signed by `authority` for one service. */
export async function issueCertificate(
  authority: CertificateAuthority,
  options: LeafOptions,
): Promise<IssuedCertificate> {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const usage = options.usage ?? 'both';
  const purposes = [...(usage === 'client' ? [] : [SERVER_AUTH]), ...(usage === 'server' ? [] : [CLIENT_AUTH])];
  const hosts = options.hosts ?? [];
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${options.commonName}`,
    issuer: authority.certificate.subject,
    ...validity(options, 825),
    publicKey: keys.publicKey,
    signingKey: authority.keys.privateKey,
    signingAlgorithm: ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyAgreement, true),
      new x509.ExtendedKeyUsageExtension(purposes, false),
      ...(hosts.length
        ? [
            new x509.SubjectAlternativeNameExtension(
              hosts.map((host) =>
                isIP(host) ? { type: 'ip' as const, value: host } : { type: 'dns' as const, value: host },
              ),
              false,
            ),
          ]
        : []),
      await x509.AuthorityKeyIdentifierExtension.create(authority.certificate, false),
    ],
  });
  return { cert: certificate.toString('pem'), key: await privateKeyPem(keys.privateKey) };
}

/** When a PEM certificate stops being valid. */
export function certificateExpiry(pem: string): Date {
  return new x509.X509Certificate(pem).notAfter;
}
