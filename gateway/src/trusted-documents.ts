import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { PrincipalKind } from '@ucos/kit/auth-context';
import type { Plugin } from 'graphql-yoga';
import type { AppDocuments } from './app-documents.ts';
import type { GatewayContext } from './auth-plugin.ts';
import { graphqlError } from './graphql-error.ts';

/**
 * Trusted documents (persisted operations) for the first-party apps.
 *
 * The apps' documents are known at build time: graphql-codegen writes a manifest per app
 * (`{ "<sha256 of the document>": "<document>" }`). The gateway loads those manifests at start and
 *
 * - runs a document sent by hash, in either GraphQL-over-HTTP form: `extensions.persistedQuery.sha256Hash`
 *   (Apollo's APQ shape, what urql's persisted exchange sends) or a top-level `documentId`
 *   (`sha256:<hash>` or the bare hash);
 * - refuses any other document from the principal kinds it enforces (storefront publishable keys and
 *   shoppers by default) with PERSISTED_QUERY_ONLY, so a leaked storefront key cannot be used to run
 *   arbitrary, expensive or probing operations. Partners with secret API keys and staff users may
 *   still send arbitrary documents, within the cost limits.
 *
 * A key that belongs to a tenant's own app (not a built-in one), and a shopper signed in through
 * such a key, may also run that app's live published documents (`apps`, read from identity).
 */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** the principal kinds TRUSTED_DOCUMENTS_ENFORCE may name */
export const ENFORCEABLE = ['user', 'customer', 'api_key', 'publishable_key', 'anonymous'] as const;
export type EnforceableKind = (typeof ENFORCEABLE)[number] & PrincipalKind;

export const TrustedDocumentCode = {
  notFound: 'PERSISTED_QUERY_NOT_FOUND',
  only: 'PERSISTED_QUERY_ONLY',
  hashMismatch: 'PERSISTED_QUERY_HASH_MISMATCH',
} as const;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads and merges manifests; every entry's hash must be the sha256 of its document. */
export async function loadTrustedDocuments(paths: readonly string[]): Promise<TrustedDocuments> {
  const documents = new Map<string, string>();
  for (const path of paths) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      throw new Error(`trusted documents: cannot read ${path}: ${(error as Error).message}`);
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
      throw new Error(`trusted documents: ${path} is not a { hash: document } object`);
    }
    for (const [key, document] of Object.entries(manifest)) {
      // codegen's client preset writes `sha256:<hex>` keys; a bare hex hash is accepted too
      const hash = key.replace(/^sha256:/, '');
      if (typeof document !== 'string' || sha256Hex(document) !== hash) {
        throw new Error(`trusted documents: ${path}: entry ${key} is not the sha256 of its document`);
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

interface PersistedParams {
  query?: string;
  documentId?: unknown;
  extensions?: Record<string, unknown> & { persistedQuery?: { version?: unknown; sha256Hash?: unknown } };
}

function requestedHash(params: PersistedParams): string | undefined {
  const fromExtension = params.extensions?.persistedQuery?.sha256Hash;
  if (typeof fromExtension === 'string') return fromExtension.replace(/^sha256:/, '');
  if (typeof params.documentId === 'string') return params.documentId.replace(/^sha256:/, '');
  return undefined;
}

const refuse = (message: string, code: string, status = 400) =>
  graphqlError(message, { extensions: { code, http: { status } } });

export interface TrustedDocumentsOptions {
  documents: TrustedDocuments;
  /** principals that may only run trusted documents */
  enforceFor: ReadonlySet<string>;
  /** the published documents of tenants' apps; without it only the built-in manifests count */
  apps?: AppDocuments | null;
}

/**
 * Must come after the auth plugin: it reads `context.auth` to know whether to enforce. Yoga checks
 * the params after every plugin's onParams (a `query` must be present, no unknown keys), so a refusal
 * leaves a placeholder query behind and `documentId` is always taken out.
 */
export function useTrustedDocuments({ documents, enforceFor, apps }: TrustedDocumentsOptions): Plugin {
  return {
    async onParams({ params, setParams, setResult, context }) {
      const { documentId: _documentId, ...rest } = params as typeof params & { documentId?: unknown };
      const persisted = params as PersistedParams;
      const hash = requestedHash(persisted);
      const settle = (query: string | undefined) => setParams({ ...rest, query: query ?? PLACEHOLDER });
      const fail = (error: ReturnType<typeof refuse>) => {
        setResult({ errors: [error] });
        settle(persisted.query);
      };
      const auth = (context as Partial<GatewayContext>).auth;
      if (!auth) return settle(persisted.query); // authentication already refused the request
      const app = apps && auth.appId && auth.tenantId && !auth.appBuiltIn ? auth.appId : null;
      // the built-in manifests first, then the caller's app's live versions
      const trusted = async (wanted: string) =>
        documents.get(wanted) ?? (app && auth.tenantId ? await apps?.lookup(auth.tenantId, app, wanted) : undefined);
      if (hash !== undefined) {
        const document = await trusted(hash);
        if (persisted.query) {
          // APQ registration form (document + hash): only accepted when they agree
          if (sha256Hex(persisted.query) !== hash) {
            return fail(refuse('The document does not match its sha256Hash.', TrustedDocumentCode.hashMismatch));
          }
          if (!document && enforceFor.has(auth.kind)) return fail(onlyTrusted());
          return settle(persisted.query);
        }
        // the message APQ clients recognise
        if (!document) return fail(refuse('PersistedQueryNotFound', TrustedDocumentCode.notFound));
        return settle(document);
      }
      if (enforceFor.has(auth.kind) && (!persisted.query || !(await trusted(sha256Hex(persisted.query))))) {
        return fail(onlyTrusted());
      }
      if ('documentId' in params) settle(persisted.query);
    },
  };
}

/** never executed: a result is already set when it is used */
const PLACEHOLDER = '{ __typename }';

function onlyTrusted() {
  return refuse(
    "This credential may only run the trusted documents of the first-party apps and its app's published documents; send a persisted document by its hash.",
    TrustedDocumentCode.only,
  );
}
