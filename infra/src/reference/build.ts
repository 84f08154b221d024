import { readdirSync, readFileSync } from 'node:fs';
import {
  DEFAULT_BUDGETS,
  DEFAULT_LIMITS,
  DEFAULT_PAGE_SIZE,
  FIELD_WEIGHTS,
  MAX_PAGE_SIZE,
  TIER_MULTIPLIERS,
} from '@ucos/gateway';
import type { GraphQLSchema } from 'graphql';
import { subgraphSchemas } from '../supergraph.ts';
import { type Guide, type ReferencePage, renderReference } from './html.ts';
import { type RestRouteLike, referenceOf } from './model.ts';

/** the folder of the getting-started guides (Markdown, one per audience, `NN-slug.md`) */
const GUIDES = new URL('../../../docs/getting-started/', import.meta.url);

/**
 * The reference's pages for a composed supergraph's API schema, with the gateway's default limits
 * and its REST routes (`readRouteTable()` of `@ucos/gateway/rest/routes`).
 */
export async function buildReference(
  api: GraphQLSchema,
  routes: readonly RestRouteLike[] = [],
): Promise<ReferencePage[]> {
  const reference = referenceOf(api, await subgraphSchemas(), routes);
  return renderReference(reference, readGuides(), {
    ...DEFAULT_LIMITS,
    maxRequestPoints: DEFAULT_BUDGETS.maxRequestPoints,
    windowSeconds: 60,
    budgets: [
      { label: 'a staff member or secret API key (standard tier)', points: DEFAULT_BUDGETS.points },
      { label: 'a publishable key, all its shoppers together', points: DEFAULT_BUDGETS.storefrontKeyPoints },
      { label: 'one shopper (per address or signed-in shopper)', points: DEFAULT_BUDGETS.storefrontClientPoints },
      { label: 'an anonymous client address (sign-up, sign-in)', points: DEFAULT_BUDGETS.anonymousPoints },
    ],
    tiers: TIER_MULTIPLIERS,
    pageSize: { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE },
    weights: FIELD_WEIGHTS,
  });
}

function readGuides(): Guide[] {
  return readdirSync(GUIDES)
    .filter((file) => /^\d\d-[a-z-]+\.md$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, GUIDES), 'utf8');
      const title = /^# (.+)$/m.exec(text)?.[1] ?? file;
      return { slug: file.replace(/^\d\d-/, '').replace(/\.md$/, ''), title, markdown: text };
    });
}
