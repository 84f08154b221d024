import type { AuthContext } from '@ucos/kit';
import type { IdentityDatabase, Tx } from '../db.ts';
import { type IdentityError, type IdentityResult, identityError, identityFail, isUniqueViolation } from './errors.ts';

/** One problem of one document, as the gateway's checker reports it (gateway/src/document-check.ts). */
export interface DocumentProblem {
  hash: string;
  operation: string | null;
  code: string;
  message: string;
}

/** Checks a manifest against the supergraph and the gateway's limits; every problem of every document. */
export type DocumentChecker = (manifest: Readonly<Record<string, unknown>>) => DocumentProblem[];

/** a codegen build of a large storefront holds a few hundred; more is a mistake or an attack */
export const MAX_DOCUMENTS_PER_VERSION = 2000;

export interface AppDocumentVersionRow {
  appId: string;
  version: number;
  documentCount: number;
  publishedAt: Date;
  publishedBy: string | null;
  /** null: the current version; otherwise the end of its grace period */
  liveUntil: Date | null;
}

const versionSelect = {
  appId: true,
  version: true,
  documentCount: true,
  publishedAt: true,
  publishedBy: true,
} as const;

type VersionMeta = Omit<AppDocumentVersionRow, 'liveUntil'>;

/** A version is live while it is the newest, or until the next one was published `graceSeconds` ago. */
function withLiveness(versions: VersionMeta[], graceSeconds: number): AppDocumentVersionRow[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return newestFirst.map((version, index) => {
    const next = newestFirst[index - 1];
    return { ...version, liveUntil: next ? new Date(next.publishedAt.getTime() + graceSeconds * 1000) : null };
  });
}

export const isLive = (version: AppDocumentVersionRow, now = Date.now()) =>
  version.liveUntil === null || version.liveUntil.getTime() > now;

export async function listDocumentVersions(db: IdentityDatabase, appId: string): Promise<AppDocumentVersionRow[]> {
  return db.run(async (tx) => {
    const app = await tx.app.findFirst({ where: { id: appId }, select: { graceSeconds: true } });
    if (!app) return [];
    const versions = await tx.appDocumentVersion.findMany({ where: { appId }, select: versionSelect });
    return withLiveness(versions, app.graceSeconds);
  });
}

/**
 * Publishes a new version of an app's documents: the manifest the codegen client preset writes
 * (`{ "sha256:<hex>": "<document>" }`), checked whole before anything is stored — every problem of
 * every document is answered, on the field `["input", "manifest", <hash>]`. The new version becomes
 * current; the previous ones stay live for the app's grace period. Versions are never changed.
 */
export async function publishDocuments(
  db: IdentityDatabase,
  actor: AuthContext,
  appId: string,
  manifest: unknown,
  check: DocumentChecker,
): Promise<IdentityResult<AppDocumentVersionRow>> {
  const field = ['input', 'manifest'];
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return identityFail('INVALID_MANIFEST', 'The manifest is an object of { "<sha256>": "<document>" }', field);
  }
  const entries = Object.entries(manifest as Record<string, unknown>);
  if (entries.length === 0 || entries.length > MAX_DOCUMENTS_PER_VERSION) {
    return identityFail('INVALID_MANIFEST', `A manifest holds 1 to ${MAX_DOCUMENTS_PER_VERSION} documents`, field);
  }
  const app = await db.run((tx) => tx.app.findFirst({ where: { id: appId } }));
  const appField = ['input', 'appId'];
  if (!app) return identityFail('NOT_FOUND', 'No such app', appField);
  if (app.builtIn) return identityFail('APP_BUILT_IN', "A built-in app's documents ship with the platform", appField);
  if (app.archivedAt) return identityFail('APP_ARCHIVED', 'This app is archived', appField);

  const problems = check(manifest as Record<string, unknown>);
  if (problems.length > 0) {
    return {
      ok: false,
      errors: problems.map(
        (problem): IdentityError =>
          identityError(
            'INVALID_DOCUMENT',
            `${problem.operation ?? 'document'} (${problem.code}): ${problem.message}`,
            [...field, problem.hash],
          ),
      ),
    };
  }
  const documents = Object.fromEntries(entries.map(([hash, text]) => [hash.replace(/^sha256:/, ''), text as string]));
  try {
    return await db.tx(async (tx): Promise<IdentityResult<AppDocumentVersionRow>> => {
      const version = (await newestVersion(tx, appId)) + 1;
      const row = await tx.appDocumentVersion.create({
        data: {
          tenantId: db.tenantId!,
          appId,
          version,
          documents,
          documentCount: entries.length,
          publishedBy: actor.subject,
        },
        select: versionSelect,
      });
      return { ok: true, value: { ...row, liveUntil: null } };
    });
  } catch (error) {
    // two publishes of one app at once: the second asks again
    if (isUniqueViolation(error)) return identityFail('CONFLICT', 'Another version was published; try again', field);
    throw error;
  }
}

async function newestVersion(tx: Tx, appId: string): Promise<number> {
  const newest = await tx.appDocumentVersion.aggregate({ where: { appId }, _max: { version: true } });
  return newest._max.version ?? 0;
}

export interface LiveDocuments {
  appId: string;
  builtIn: string | null;
  archived: boolean;
  /** the live versions, newest first, each with its documents (bare sha256 hex → document) */
  versions: { version: number; liveUntil: string | null; documents: Record<string, string> }[];
}

/** What the gateway enforces for a key of this app: its live versions with their documents. */
export async function liveDocuments(db: IdentityDatabase, appId: string): Promise<LiveDocuments | null> {
  return db.run(async (tx) => {
    const app = await tx.app.findFirst({ where: { id: appId } });
    if (!app) return null;
    // an archived app runs nothing of its own: its keys are revoked, its shoppers' tokens fall back
    if (app.archivedAt) return { appId, builtIn: app.builtIn, archived: true, versions: [] };
    const versions = withLiveness(
      await tx.appDocumentVersion.findMany({ where: { appId }, select: versionSelect }),
      app.graceSeconds,
    ).filter((version) => isLive(version));
    const rows = versions.length
      ? await tx.appDocumentVersion.findMany({
          where: { appId, version: { in: versions.map(({ version }) => version) } },
          select: { version: true, documents: true },
        })
      : [];
    const documentsOf = new Map(rows.map((row) => [row.version, row.documents as Record<string, string>]));
    return {
      appId,
      builtIn: app.builtIn,
      archived: app.archivedAt !== null,
      versions: versions.map((version) => ({
        version: version.version,
        liveUntil: version.liveUntil?.toISOString() ?? null,
        documents: documentsOf.get(version.version) ?? {},
      })),
    };
  });
}
