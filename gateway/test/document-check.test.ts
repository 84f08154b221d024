import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkDocuments, DEFAULT_DOCUMENT_LIMITS } from '../src/document-check.ts';
import { apiSchemaOf } from '../src/rest/openapi.ts';

/** The checker identity publishes with and compose runs: each limit the gateway applies, named by its code. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = apiSchemaOf(readFileSync(`${root}schema/supergraph.graphql`, 'utf8'));
const entry = (document: string) => ({ [`sha256:${createHash('sha256').update(document).digest('hex')}`]: document });
const codes = (document: string, limits = DEFAULT_DOCUMENT_LIMITS) =>
  checkDocuments(schema, entry(document), limits).map(({ code }) => code);

describe('checkDocuments', () => {
  it('passes a storefront query and names each problem of a bad one by its code', () => {
    expect(codes('query Ok($first: Int) { products(first: $first) { edges { node { id title } } } }')).toEqual([]);
    expect(codes('query { products { ')).toEqual(['SYNTAX_ERROR']);
    expect(codes('query A { __typename } query B { __typename }')).toEqual(['NOT_ONE_OPERATION']);
    expect(codes('query Unknown { nope }')).toEqual(['INVALID_AGAINST_SCHEMA']);
    expect(codes('query Big { products(first: 101) { edges { node { id } } } }')).toEqual(['PAGE_SIZE']);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: featureEnabled(key: "x")`).join(' ');
    expect(codes(`query Aliases { ${aliases} }`)).toEqual(['ALIAS_LIMIT_EXCEEDED']);
    expect(codes('query Tokens { __typename }', { ...DEFAULT_DOCUMENT_LIMITS, maxTokens: 3 })).toEqual([
      'TOKEN_LIMIT_EXCEEDED',
    ]);
  });

  it('prices a document with every page at its largest against the most one request may cost', () => {
    const document = 'query Pages($first: Int) { products(first: $first) { edges { node { id title } } } }';
    expect(codes(document, { ...DEFAULT_DOCUMENT_LIMITS, maxRequestPoints: 100 })).toEqual(['REQUEST_POINTS_EXCEEDED']);
    expect(codes(document, { ...DEFAULT_DOCUMENT_LIMITS, maxRequestPoints: 100_000 })).toEqual([]);
  });

  it('refuses an entry whose key is not the sha256 of its document', () => {
    expect(checkDocuments(schema, { 'sha256:00': 'query X { __typename }' })).toEqual([
      {
        hash: 'sha256:00',
        operation: null,
        code: 'HASH_MISMATCH',
        message: 'The key is not the sha256 of its document',
      },
    ]);
  });
});
