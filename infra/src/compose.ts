// npm run compose            regenerates schema/<subgraph>.graphql, schema/supergraph.graphql and the API
//                            reference in docs/reference/
// npm run compose -- --check exits 1 when they are stale or composition fails (the tests run this)
// Either way it prints the breaking-change report against the committed supergraph; with
// `--against <git-ref>` it compares with that revision's supergraph instead, and
// `--fail-on-breaking` turns breaking changes into a failure.
// It also checks every published app document against the new supergraph and names the app,
// version and document a change would break (infra/src/app-documents-check.ts): the committed
// manifests always, the partner SDK's operations (what every installed copy sends), and every
// tenant's live versions with `--documents-database <url>` (or
// APP_DOCUMENTS_DATABASE_URL); with --check or --fail-on-breaking a broken document fails.
// schema/openapi.json, the gateway's REST routes, is derived from the supergraph and
// gateway/rest/operations.graphql alone, so it is regenerated and checked with the rest.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { apiSchemaOf, openApiDocument } from '@ucos/gateway/rest/openapi';
import { readRouteTable, routesValidAgainst } from '@ucos/gateway/rest/routes';
import {
  committedManifests,
  documentsBrokenBy,
  formatBroken,
  type PublishedManifest,
  partnerSdkManifest,
  publishedManifests,
} from './app-documents-check.ts';
import { buildReference } from './reference/build.ts';
import { changesBetween, composeSupergraph, formatReport } from './supergraph.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const failOnBreaking = args.includes('--fail-on-breaking');
const against = args.includes('--against') ? args[args.indexOf('--against') + 1] : undefined;
const documentsDatabase = args.includes('--documents-database')
  ? args[args.indexOf('--documents-database') + 1]
  : process.env.APP_DOCUMENTS_DATABASE_URL;

const read = (path: string) => (existsSync(`${root}${path}`) ? readFileSync(`${root}${path}`, 'utf8') : null);

let composition: Awaited<ReturnType<typeof composeSupergraph>>;
try {
  composition = await composeSupergraph();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const apiSchema = apiSchemaOf(composition.supergraph);
const routes = readRouteTable();
const { invalid } = routesValidAgainst(apiSchema, routes);
if (invalid.length > 0) {
  for (const { route, errors } of invalid) console.error(`${route.operationName}: ${errors.join('; ')}`);
  console.error('gateway/rest/operations.graphql does not fit the supergraph: fix the operations above');
  process.exit(1);
}

const files = [
  ...composition.subgraphs.map(({ name, sdl }) => ({ path: `schema/${name}.graphql`, text: sdl })),
  { path: 'schema/supergraph.graphql', text: composition.supergraph },
  // the API reference (docs/reference/), generated from the same composition
  ...(await buildReference(apiSchema, routes)).map(({ path, html }) => ({
    path: `docs/reference/${path}`,
    text: html,
  })),
  { path: 'schema/openapi.json', text: `${JSON.stringify(openApiDocument(apiSchema, routes), null, 2)}\n` },
];

const baseline = against
  ? execFileSync('git', ['show', `${against}:schema/supergraph.graphql`], { cwd: root, encoding: 'utf8' })
  : read('schema/supergraph.graphql');
let breaking = 0;
if (baseline) {
  const report = await changesBetween(baseline, composition.supergraph);
  breaking = report.breaking.length;
  console.log(`API changes against ${against ?? 'the committed supergraph'}:\n${formatReport(report)}`);
}

const sdk = await partnerSdkManifest(root);
const manifests: PublishedManifest[] = [
  ...committedManifests(root),
  ...(sdk ? [sdk] : []),
  ...(documentsDatabase ? await publishedManifests(documentsDatabase) : []),
];
const broken = documentsBrokenBy(apiSchema, manifests);
console.log(formatBroken(broken, manifests));
if (broken.length > 0 && (check || failOnBreaking)) {
  console.error('published app documents would break: fix the change, or publish new versions of those apps first');
  process.exit(1);
}

if (check) {
  const stale = files.filter((file) => read(file.path) !== file.text).map((file) => file.path);
  if (stale.length) {
    console.error(`stale: ${stale.join(', ')} — run \`npm run compose\` and commit schema/ and docs/reference/`);
    process.exit(1);
  }
  console.log(`schema/ is current (${files.length} files)`);
} else {
  for (const file of files) writeFileSync(`${root}${file.path}`, file.text);
  console.log(`wrote ${files.map((file) => file.path).join(', ')}`);
}
if (failOnBreaking && breaking > 0) process.exit(1);
