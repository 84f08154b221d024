import type { AuthContext } from '@ucos/kit/auth-context';
import { ErrorCode } from '@ucos/kit/errors';
import { decodeGlobalId, encodeGlobalId, isUuid } from '@ucos/kit/graphql/global-id';
import { NODE_TYPES, type NodeTypeName } from '@ucos/kit/graphql/nodes';
import type { Logger } from '@ucos/kit/logger';
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { graphqlError } from './graphql-error.ts';

/** One object `node`/`nodes` answered without asking its owning subgraph. */
export interface NodeReference {
  __typename: NodeTypeName;
  id: string;
}

/**
 * Asks `owner` which of `references` exist for `auth` (its `_entities`, in the caller's tenant, with
 * the type's own read rules): true where it resolved the reference, false where it answered null.
 */
export type EntityProbe = (owner: string, references: NodeReference[], auth: AuthContext) => Promise<boolean[]>;

const ROUTER_ONLY_FIELDS = new Set(['id', '__typename']);

/**
 * `node(id:)` and `nodes(ids:)` are answered by the router subgraph (identity), which holds an `{ id }`
 * stub of every other subgraph's node type: a selection of nothing but `id` and `__typename` on such a
 * type never reaches its owner, so the answer would echo any well-formed id, of any tenant or none.
 * After execution this asks each owner about exactly those objects (one `_entities` call per owner)
 * and answers `null` for the ones it does not resolve, as it would for a selection with its fields.
 * A selection with any other field of the type was resolved by the owner already and is left alone.
 */
export function useNodeExistence(probe: EntityProbe, logger: Logger): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'query') return;
      const fragments = fragmentsOf(args.document);
      const fields = rootNodeFields(operation.selectionSet, fragments);
      if (fields.length === 0) return;
      const auth = (args.contextValue as { auth?: AuthContext }).auth;
      if (!auth) return;
      setExecuteFn(async (executeArgs) => {
        const result = (await executeFn(executeArgs)) as ExecutionResult;
        if (!result.data) return result;
        const data = result.data as Record<string, unknown>;
        // every unverified answer: where it sits in `data`, and what it is
        const pending: { owner: string; reference: NodeReference; clear(): void }[] = [];
        for (const field of fields) {
          const key = field.alias?.value ?? field.name.value;
          const ids = idsOf(args.schema, field, executeArgs.variableValues ?? {});
          const answered = data[key];
          const entries = field.name.value === 'node' ? [answered] : Array.isArray(answered) ? answered : [];
          entries.forEach((entry, index) => {
            const reference = entry && typeof entry === 'object' ? referenceOf(ids[index]) : null;
            if (!reference) return;
            const owner = NODE_TYPES[reference.__typename].owner;
            if (owner === 'identity' || ownerConsulted(field.selectionSet, reference.__typename, fragments)) return;
            const clear =
              field.name.value === 'node'
                ? () => {
                    data[key] = null;
                  }
                : () => {
                    (answered as unknown[])[index] = null;
                  };
            pending.push({ owner, reference, clear });
          });
        }
        if (pending.length === 0) return result;
        const errors: GraphQLError[] = [];
        const owners = [...new Set(pending.map((entry) => entry.owner))];
        await Promise.all(
          owners.map(async (owner) => {
            const asked = pending.filter((entry) => entry.owner === owner);
            let found: boolean[];
            try {
              found = await probe(
                owner,
                asked.map((entry) => entry.reference),
                auth,
              );
            } catch (error) {
              logger.warn({ err: error, subgraph: owner }, 'node existence check failed');
              found = asked.map(() => false);
              errors.push(
                graphqlError(`Service "${owner}" is unavailable.`, {
                  extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, serviceName: owner },
                }),
              );
            }
            asked.forEach((entry, index) => {
              if (!found[index]) entry.clear();
            });
          }),
        );
        return errors.length ? { ...result, errors: [...(result.errors ?? []), ...errors] } : result;
      });
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The `node`/`nodes` fields at the root of the operation, through root fragments too. */
function rootNodeFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): FieldNode[] {
  const found: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === 'node' || selection.name.value === 'nodes') found.push(selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...rootNodeFields(selection.selectionSet, fragments));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) found.push(...rootNodeFields(fragment.selectionSet, fragments));
    }
  }
  return found;
}

/** The ids the field was asked for, in order (`node`: one; `nodes`: its list). */
function idsOf(schema: GraphQLSchema, field: FieldNode, variables: Record<string, unknown>): unknown[] {
  const definition = schema.getQueryType()?.getFields()[field.name.value];
  if (!definition) return [];
  const values = getArgumentValues(definition, field, variables);
  return field.name.value === 'node' ? [values.id] : Array.isArray(values.ids) ? values.ids : [];
}

function referenceOf(id: unknown): NodeReference | null {
  const decoded = typeof id === 'string' ? decodeGlobalId(id) : null;
  if (!decoded || !isUuid(decoded.id) || !Object.hasOwn(NODE_TYPES, decoded.type)) return null;
  const type = decoded.type as NodeTypeName;
  return { __typename: type, id: encodeGlobalId(type, decoded.id.toLowerCase()) };
}

/**
 * Whether the selection, as it applies to `type`, holds a field only the owner resolves. A field under
 * `@skip`/`@include` may not have run, so it does not count.
 */
function ownerConsulted(
  selectionSet: SelectionSetNode | undefined,
  type: string,
  fragments: Map<string, FragmentDefinitionNode>,
): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) {
      return !ROUTER_ONLY_FIELDS.has(selection.name.value) && !selection.directives?.length;
    }
    if (selection.directives?.length) return false;
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    if (!fragment) return false;
    const condition = fragment.typeCondition?.name.value;
    // `Node` and no condition apply to every node type; another type's condition does not apply here
    if (condition && condition !== type && condition !== 'Node') return false;
    return ownerConsulted(fragment.selectionSet, type, fragments);
  });
}
