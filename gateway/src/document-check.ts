import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { DEFAULT_BUDGETS, DEFAULT_LIMITS } from './config.ts';
import { LimitCode } from './limits.ts';
import { analyseCost, MAX_PAGE_SIZE } from './query-cost.ts';
import { sha256Hex } from './trusted-documents.ts';

/**
 * Whether an app's persisted documents will run at this gateway: the same parse, validation, edge
 * limits (graphql-armor's rules with the gateway's settings) and cost model the gateway applies to a
 * request, run ahead of time on every document of a manifest. Identity runs it when an app publishes
 * (`appDocumentsPublish`), `npm run compose` against the new supergraph (`--check` names the app
 * documents a change would break).
 */
export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  /** the most one request may cost in rate-limit points (MAX_REQUEST_POINTS) */
  maxRequestPoints: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  ...DEFAULT_LIMITS,
  maxRequestPoints: DEFAULT_BUDGETS.maxRequestPoints,
};

export type DocumentProblemCode =
  | 'HASH_MISMATCH'
  | 'SYNTAX_ERROR'
  | 'NOT_ONE_OPERATION'
  | 'INVALID_AGAINST_SCHEMA'
  | 'PAGE_SIZE'
  | 'REQUEST_POINTS_EXCEEDED'
  | (typeof LimitCode)[keyof typeof LimitCode];

export interface DocumentProblem {
  /** the manifest key, as given (`sha256:<hex>` or the bare hash) */
  hash: string;
  /** the document's operation name, when it could be read */
  operation: string | null;
  code: DocumentProblemCode;
  message: string;
}

/** The manifest's key as a bare hex hash (codegen's client preset writes `sha256:<hex>`). */
export const bareHash = (key: string) => key.replace(/^sha256:/, '');

/** graphql-armor's rules with the gateway's settings (limits.ts), each rejection carrying its code. */
function limitRules(limits: DocumentLimits): ValidationRule[] {
  const rejectWith = (code: string) => ({
    propagateOnRejection: false,
    onReject: [
      (context: { reportError(error: GraphQLError): void } | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  });
  return new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...rejectWith(LimitCode.depth) },
    maxAliases: { n: limits.maxAliases, ...rejectWith(LimitCode.aliases) },
    maxDirectives: { n: limits.maxDirectives, ...rejectWith(LimitCode.directives) },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true, ...rejectWith(LimitCode.cost) },
  }).protect().validationRules;
}

/** Every problem of every document of a manifest (`{ hash: document }`), in manifest order. */
export function checkDocuments(
  schema: GraphQLSchema,
  manifest: Readonly<Record<string, unknown>>,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
): DocumentProblem[] {
  const rules = [...specifiedRules, ...limitRules(limits)];
  const problems: DocumentProblem[] = [];
  for (const [hash, text] of Object.entries(manifest)) {
    const report = (code: DocumentProblemCode, message: string, operation: string | null = null) =>
      problems.push({ hash, operation, code, message });
    if (typeof text !== 'string' || sha256Hex(text) !== bareHash(hash)) {
      report('HASH_MISMATCH', 'The key is not the sha256 of its document');
      continue;
    }
    let document: DocumentNode;
    try {
      document = parse(text, { maxTokens: limits.maxTokens });
    } catch (error) {
      const message = (error as GraphQLError).message.replace(/^Syntax Error: /, '');
      // graphql-js: "Document contains more that N tokens. Parsing aborted."
      report(/contains more th\w+ \d+ tokens/i.test(message) ? LimitCode.tokens : 'SYNTAX_ERROR', message);
      continue;
    }
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operations[0]?.name?.value ?? null;
    if (operations.length !== 1) {
      report('NOT_ONE_OPERATION', 'A persisted document holds exactly one operation', operation);
      continue;
    }
    const errors = validate(schema, document, rules);
    for (const error of errors) {
      const code = error.extensions.code as DocumentProblemCode | undefined;
      report(code ?? 'INVALID_AGAINST_SCHEMA', error.message, operation);
    }
    if (errors.length > 0) continue;
    // priced as the gateway prices it, with every page at its largest: no variables can make it dearer
    const cost = analyseCost(schema, document, operation, pageSizesAtMaximum(document));
    for (const violation of cost.violations) {
      report('PAGE_SIZE', `${violation.path}: ${violation.argument} must be 0 to ${MAX_PAGE_SIZE}`, operation);
    }
    if (cost.cost > limits.maxRequestPoints) {
      report(
        'REQUEST_POINTS_EXCEEDED',
        `costs up to ${cost.cost} points; one request may cost at most ${limits.maxRequestPoints}`,
        operation,
      );
    }
  }
  return problems;
}

/** Every Int variable set to the largest page: `first: $first` then costs the most it can. */
function pageSizesAtMaximum(document: DocumentNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = variable.type.kind === Kind.NON_NULL_TYPE ? variable.type.type : variable.type;
      if (type.kind === Kind.NAMED_TYPE && type.name.value === 'Int') {
        variables[variable.variable.name.value] = MAX_PAGE_SIZE;
      }
    }
  }
  return variables;
}
