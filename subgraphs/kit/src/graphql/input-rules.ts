import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from '../errors.ts';
import { textCapOf } from './text-caps.ts';

export interface InputProblem {
  message: string;
  /** the argument and input-field path, e.g. ["input", "title"] */
  field: string[];
}

/**
 * Variable values that do not fit their declared types (missing, null for non-null, wrong type, 1.5
 * or 1e15 for Int, an unknown enum value): graphql's own coercion messages.
 */
export function variableProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): { errors: readonly GraphQLError[] } | { coerced: Record<string, unknown> } {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { coerced: variables ?? {} };
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 20 });
  return result.errors ? { errors: result.errors } : { coerced: result.coerced };
}

/**
 * Every string reaching a field argument, literal or variable, at any depth of the operation:
 * refused when it contains NUL (PostgreSQL cannot store it in text) or, with `lengths`, when it is
 * longer than its field's `maxLength` (DEFAULT_TEXT_CAP for String and ID without one). The first
 * problem is returned.
 */
export function argumentProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options: { lengths: boolean },
): InputProblem | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visitedFragments = new Set<string>();
  const rootType =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!rootType) return null;

  const walkSelections = (selectionSet: SelectionSetNode, parent: GraphQLNamedType): InputProblem | null => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
        const fieldDef = parent.getFields()[selection.name.value];
        if (!fieldDef) continue;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(fieldDef, selection, variables);
        } catch (error) {
          return { message: (error as Error).message, field: [selection.name.value] };
        }
        for (const arg of fieldDef.args) {
          const problem = checkValue(values[arg.name], arg.type, textCapOf(arg), [arg.name], options.lengths);
          if (problem) return problem;
        }
        if (selection.selectionSet) {
          const problem = walkSelections(selection.selectionSet, getNamedType(fieldDef.type));
          if (problem) return problem;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const problem = type ? walkSelections(selection.selectionSet, type) : null;
        if (problem) return problem;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const type = schema.getType(fragment.typeCondition.name.value);
        const problem = type ? walkSelections(fragment.selectionSet, type) : null;
        if (problem) return problem;
      }
    }
    return null;
  };
  return walkSelections(operation.selectionSet, rootType);
}

function checkValue(
  value: unknown,
  type: GraphQLInputType,
  cap: number | undefined,
  path: string[],
  lengths: boolean,
): InputProblem | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(value, nullable.ofType, cap, path, lengths);
    for (const [index, item] of value.entries()) {
      const problem = checkValue(item, nullable.ofType, cap, [...path, String(index)], lengths);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, field] of Object.entries(fields)) {
      const problem = checkValue(
        (value as Record<string, unknown>)[name],
        field.type,
        textCapOf(field),
        [...path, name],
        lengths,
      );
      if (problem) return problem;
    }
    return null;
  }
  if (isScalarType(nullable)) {
    if (typeof value === 'string') {
      if (value.includes('\u0000')) return nulProblem(path);
      if (lengths && cap !== undefined && value.length > cap) {
        return { message: `${path.join('.')} is longer than ${cap} characters`, field: path };
      }
      return null;
    }
    // custom scalars carrying JSON (federation's _Any representations): no NUL anywhere inside
    return containsNul(value) ? nulProblem(path) : null;
  }
  return null;
}

const nulProblem = (path: string[]): InputProblem => ({
  message: `${path.join('.')} contains a NUL character (\\u0000), which text cannot hold`,
  field: path,
});

function containsNul(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some((item) => containsNul(item, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => key.includes('\u0000') || containsNul(item, depth + 1));
  }
  return false;
}

/** A request-level BAD_USER_INPUT: 400 for application/graphql-response+json, 200 for legacy application/json. */
export function badUserInputRequestError(message: string, field?: string[]): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}), http: { status: 400, spec: true } },
  });
}

/**
 * Where each variable is first used: the field's response path (`a.variants`, as the gateway's
 * page-size check names it) and the argument, so a bad variable is reported next to its field.
 */
export function variableUses(document: DocumentNode, operationName: string | null | undefined): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  const operation = getOperationAST(document, operationName);
  if (!operation) return uses;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const seenFragments = new Set<string>();
  const variablesIn = (value: ValueNode): string[] =>
    value.kind === Kind.VARIABLE
      ? [value.name.value]
      : value.kind === Kind.LIST
        ? value.values.flatMap(variablesIn)
        : value.kind === Kind.OBJECT
          ? value.fields.flatMap((field) => variablesIn(field.value))
          : [];
  const walk = (selectionSet: SelectionSetNode, path: string) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const responsePath = `${path ? `${path}.` : ''}${selection.alias?.value ?? selection.name.value}`;
        for (const argument of selection.arguments ?? []) {
          for (const name of variablesIn(argument.value)) {
            if (!uses.has(name)) uses.set(name, [responsePath, argument.name.value]);
          }
        }
        if (selection.selectionSet) walk(selection.selectionSet, responsePath);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, path);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seenFragments.has(fragment.name.value)) continue;
        seenFragments.add(fragment.name.value);
        walk(fragment.selectionSet, path);
      }
    }
  };
  walk(operation.selectionSet, '');
  return uses;
}

/**
 * The kit's input rule, for the gateway and every subgraph: variables are coerced before anything is
 * charged or executed (a bad one is BAD_USER_INPUT, not a masked failure deep inside), and no string
 * argument carries NUL or exceeds its cap (`lengths`: subgraphs, whose schemas declare the caps).
 */
export function useInputRules(options: { lengths: boolean }): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = variableProblems(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues as Record<string, unknown>,
      );
      if ('errors' in variables) {
        const uses = variableUses(args.document, args.operationName);
        setResultAndStopExecution({
          errors: variables.errors.map((error) => {
            const name = /^Variable "\$(\w+)"/.exec(error.message)?.[1];
            const field = name ? uses.get(name) : undefined;
            return createGraphQLError(error.message, {
              nodes: error.nodes,
              extensions: {
                code: ErrorCode.BAD_USER_INPUT,
                ...(field ? { field } : {}),
                http: { status: 400, spec: true },
              },
            });
          }),
        });
        return;
      }
      const problem = argumentProblem(args.schema, args.document, args.operationName, variables.coerced, options);
      if (problem) setResultAndStopExecution({ errors: [badUserInputRequestError(problem.message, problem.field)] });
    },
  };
}
