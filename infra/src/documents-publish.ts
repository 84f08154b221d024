// npm run documents:publish -- --app <app id> --manifest <persisted-documents.json> [--gateway URL] [--key ucos_sk_…]
//
// Publishes a codegen build's persisted documents as a new version of a tenant's app
// (`appDocumentsPublish`). The key is a secret API key of the tenant with `identity:api_keys`
// (`--key`, or UCOS_API_KEY); the gateway defaults to UCOS_GATEWAY_URL or http://127.0.0.1:4000/graphql.
// Exit 0 with the version published; 1 with every problem of every document printed; 2 for usage.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

const PUBLISH = `mutation DocumentsPublish($input: AppDocumentsPublishInput!) {
  appDocumentsPublish(input: $input) {
    version { version documentCount publishedAt }
    errors { code field message }
  }
}`;

export interface PublishProblem {
  code: string;
  field: string[] | null;
  message: string;
}

export type PublishOutcome =
  | { ok: true; version: { version: number; documentCount: number; publishedAt: string } }
  | { ok: false; problems: PublishProblem[] };

/** Publishes a manifest (`{ "sha256:<hex>": "<document>" }`) for an app through the gateway. */
export async function publishManifest(options: {
  gatewayUrl: string;
  key: string;
  appId: string;
  manifest: Record<string, string>;
}): Promise<PublishOutcome> {
  const response = await fetch(options.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'x-api-key': options.key,
    },
    body: JSON.stringify({
      query: PUBLISH,
      variables: {
        input: {
          appId: options.appId,
          manifest: Object.entries(options.manifest).map(([hash, document]) => ({ hash, document })),
        },
      },
    }),
  });
  const body = (await response.json().catch(() => null)) as {
    data?: {
      appDocumentsPublish?: {
        version: { version: number; documentCount: number; publishedAt: string } | null;
        errors: PublishProblem[];
      };
    };
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const payload = body?.data?.appDocumentsPublish;
  if (payload?.version) return { ok: true, version: payload.version };
  if (payload) return { ok: false, problems: payload.errors };
  return {
    ok: false,
    problems: (body?.errors ?? [{ message: `the gateway answered ${response.status}` }]).map((error) => ({
      code: error.extensions?.code ?? 'REQUEST_FAILED',
      field: null,
      message: error.message,
    })),
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      app: { type: 'string' },
      manifest: { type: 'string' },
      gateway: { type: 'string' },
      key: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const key = values.key ?? process.env.UCOS_API_KEY;
  if (values.help || !values.app || !values.manifest || !key) {
    console.error(
      'usage: npm run documents:publish -- --app <app id> --manifest <persisted-documents.json> ' +
        '[--gateway URL] [--key ucos_sk_… (or UCOS_API_KEY)]',
    );
    return 2;
  }
  let manifest: Record<string, string>;
  try {
    manifest = JSON.parse(await readFile(values.manifest, 'utf8'));
  } catch (error) {
    console.error(`cannot read ${values.manifest}: ${(error as Error).message}`);
    return 2;
  }
  const outcome = await publishManifest({
    gatewayUrl: values.gateway ?? process.env.UCOS_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql',
    key,
    appId: values.app,
    manifest,
  });
  if (outcome.ok) {
    console.log(
      `published version ${outcome.version.version} (${outcome.version.documentCount} documents) at ${outcome.version.publishedAt}`,
    );
    return 0;
  }
  console.error(`not published: ${outcome.problems.length} problem(s)`);
  for (const problem of outcome.problems) {
    console.error(
      `  ${problem.code}${problem.field ? ` ${problem.field.slice(2).join('.') || problem.field.join('.')}` : ''}: ${problem.message}`,
    );
  }
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
