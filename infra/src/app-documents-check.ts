import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDocuments, type DocumentLimits } from '@ucos/gateway/document-check';
import type { GraphQLSchema } from 'graphql';
import pg from 'pg';

/**
 * Which published app documents a supergraph change would break, for `npm run compose`.
 *
 * Where the documents come from: always the committed manifests — the in-repo apps' (the built-in
 * apps, whose documents the gateway loads) and the fixture storefront built outside the repository,
 * which stands for every third-party build in the repository's own checks; and, when a database
 * URL is given (`--documents-database <url>` or APP_DOCUMENTS_DATABASE_URL), every live version
 * every tenant's apps published (current, or within its grace period). That URL must read
 * `identity.apps` and `identity.app_document_versions` across tenants: the operator's
 * administrative connection (RLS holds every service role to one tenant). A running platform is
 * not asked: no API answers another tenant's apps, on purpose, and the operator who may read them
 * all holds that connection anyway.
 */
export interface PublishedManifest {
  /** what a report names: the app (and tenant, version) or the committed file */
  source: string;
  documents: Record<string, string>;
}

export interface BrokenDocument {
  source: string;
  hash: string;
  operation: string | null;
  code: string;
  message: string;
}

export const COMMITTED_MANIFESTS = [
  ['storefront (built-in)', 'apps/storefront/src/generated/persisted-documents.json'],
  ['admin (built-in)', 'apps/admin/src/generated/persisted-documents.json'],
  ['outside storefront (fixture)', 'infra/test/fixtures/outside-storefront/generated/persisted-documents.json'],
] as const;

export function committedManifests(root: string): PublishedManifest[] {
  return COMMITTED_MANIFESTS.filter(([, path]) => existsSync(join(root, path))).map(([name, path]) => ({
    source: `${name}: ${path}`,
    documents: JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, string>,
  }));
}

export const PARTNER_SDK = 'packages/partner-sdk';

/**
 * The partner SDK's operations: documents every installed copy of its current version sends, so a
 * supergraph change that breaks one breaks partners' integrations until they upgrade. Read from its
 * generated typed documents (`npm run codegen`), named by the package's version.
 */
export async function partnerSdkManifest(root: string): Promise<PublishedManifest | null> {
  const generated = join(root, PARTNER_SDK, 'src/generated/graphql.ts');
  if (!existsSync(generated)) return null;
  const { version } = JSON.parse(readFileSync(join(root, PARTNER_SDK, 'package.json'), 'utf8')) as { version: string };
  const module = (await import(pathToFileURL(generated).href)) as Record<string, unknown>;
  const texts = Object.entries(module)
    .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
    .map(([, value]) => String(value));
  return {
    source: `partner SDK ${version}: ${PARTNER_SDK}/src/operations.ts`,
    documents: Object.fromEntries(
      texts.map((text) => [`sha256:${createHash('sha256').update(text).digest('hex')}`, text]),
    ),
  };
}

/** Every live version of every tenant's apps, named by tenant slug, app and version. */
export async function publishedManifests(databaseUrl: string): Promise<PublishedManifest[]> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'compose-app-documents' });
  await client.connect();
  try {
    const { rows } = await client.query<{
      slug: string;
      app_id: string;
      name: string;
      version: number;
      current: boolean;
      documents: Record<string, string>;
    }>(`
      select t.slug, a.id as app_id, a.name, v.version, n.published_at is null as current, v.documents
        from identity.app_document_versions v
        join identity.apps a on a.tenant_id = v.tenant_id and a.id = v.app_id
        join identity.tenants t on t.tenant_id = v.tenant_id
        left join identity.app_document_versions n
          on n.tenant_id = v.tenant_id and n.app_id = v.app_id and n.version = v.version + 1
       where a.archived_at is null
         and (n.published_at is null or n.published_at + make_interval(secs => a.grace_seconds) > now())
       order by t.slug, a.name, v.version desc`);
    return rows.map((row) => ({
      source: `tenant ${row.slug}, app "${row.name}" (${row.app_id}), version ${row.version}${row.current ? ' (current)' : ' (in its grace period)'}`,
      documents: row.documents,
    }));
  } finally {
    await client.end();
  }
}

export function documentsBrokenBy(
  schema: GraphQLSchema,
  manifests: readonly PublishedManifest[],
  limits?: DocumentLimits,
): BrokenDocument[] {
  return manifests.flatMap(({ source, documents }) =>
    checkDocuments(schema, documents, limits).map((problem) => ({ source, ...problem })),
  );
}

export function formatBroken(broken: readonly BrokenDocument[], manifests: readonly PublishedManifest[]): string {
  const documents = manifests.reduce((total, { documents }) => total + Object.keys(documents).length, 0);
  const head = `App documents against the new supergraph: ${documents} documents of ${manifests.length} manifests`;
  if (broken.length === 0) return `${head}, none broken`;
  return [
    `${head}, ${broken.length} problem(s):`,
    ...broken.map(
      (problem) => `  ${problem.source}: ${problem.operation ?? problem.hash} (${problem.code}): ${problem.message}`,
    ),
  ].join('\n');
}
