import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

/** The fields an example selects on one object, so every example fits on a screen. */
const LEAF_FIELDS = 6;
/** How deep an example's input objects and selections go. */
const MAX_DEPTH = 3;

export interface Example {
  /** one named operation, valid against the API schema (the reference test validates every one) */
  document: string;
  variables: Record<string, unknown>;
}

/**
 * A runnable example of a root field: its required arguments as variables with plausible values,
 * and a selection a client would start from (an object's leaf fields, a connection's first page,
 * a payload's result and its `errors`).
 */
export function exampleOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): Example {
  const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const variables: Record<string, unknown> = {};
  for (const arg of required) variables[arg.name] = sampleInput(arg.type, arg.name, 0);
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = required.length ? `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = selectionOf(field.type, 1);
  const name = `${field.name[0]?.toUpperCase()}${field.name.slice(1)}Example`;
  const head = declarations ? `${kind} ${name}(${declarations})` : `${kind} ${name}`;
  return { document: `${head} {\n  ${field.name}${call}${selection ? ` ${selection}` : ''}\n}`, variables };
}

function sampleInput(type: GraphQLInputType, name: string, depth: number): unknown {
  if (isNonNullType(type)) return sampleInput(type.ofType, name, depth);
  if (isListType(type)) return [sampleInput(type.ofType, name, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0]?.name ?? null;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (depth >= MAX_DEPTH) break;
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = sampleInput(field.type, field.name, depth + 1);
      }
    }
    return value;
  }
  return sampleScalar(getNamedType(type), name);
}

function sampleScalar(type: GraphQLNamedType, name: string): unknown {
  const lower = name.toLowerCase();
  switch (type.name) {
    case 'ID':
      return `<${name} from a previous answer>`;
    case 'Int':
      return lower.includes('quantity') ? 1 : 20;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    default:
      break;
  }
  if (lower.includes('idempotency')) return '7b0a3c9e-3a51-4d7e-9a0e-2f6f1e0c1d11';
  if (lower.includes('email')) return 'ada@example.com';
  if (lower.includes('currency')) return 'EUR';
  if (lower.includes('country')) return 'DE';
  if (lower.includes('amount') || lower.includes('price')) return '19.99';
  if (lower.includes('date') || lower.endsWith('at')) return '2026-12-01';
  if (lower.includes('sku')) return 'TEE-BLK-M';
  if (lower.includes('handle') || lower.includes('slug')) return 'classic-tee';
  if (lower.includes('password')) return 'correct horse battery staple';
  return isScalarType(type) && type.name !== 'String' ? `<${type.name}>` : `<${name}>`;
}

function selectionOf(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = named.getFields();
  const noRequiredArgs = (field: GraphQLField<unknown, unknown>) =>
    field.args.every((arg: GraphQLArgument) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

  if (fields.edges && fields.pageInfo) {
    const node = fields.edges ? getNamedType(fields.edges.type) : undefined;
    const nodeField = node && (isObjectType(node) || isInterfaceType(node)) ? node.getFields().node : undefined;
    const nodeSelection = nodeField ? selectionOf(nodeField.type, depth + 1) : '';
    const total = fields.totalCount ? 'totalCount ' : '';
    return `{ ${total}pageInfo { hasNextPage endCursor } edges { cursor node ${nodeSelection || '{ __typename }'} } }`;
  }
  const parts: string[] = [];
  if (fields.errors) {
    for (const field of Object.values(fields)) {
      if (field.name === 'errors' || !noRequiredArgs(field)) continue;
      const inner = selectionOf(field.type, depth + 1);
      if (isLeafType(getNamedType(field.type))) parts.push(field.name);
      else if (inner) parts.push(`${field.name} ${inner}`);
    }
    parts.push(`errors ${errorSelection(fields.errors.type)}`.trim());
    return `{ ${parts.join(' ')} }`;
  }
  for (const field of Object.values(fields)) {
    if (parts.length >= LEAF_FIELDS) break;
    if (!noRequiredArgs(field) || !isLeafType(getNamedType(field.type))) continue;
    parts.push(field.name);
  }
  if (parts.length === 0) parts.push('__typename');
  return depth > MAX_DEPTH ? '{ __typename }' : `{ ${parts.join(' ')} }`;
}

/** what a form needs of a payload error: its code, the input field at fault, the message */
function errorSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const present = ['code', 'field', 'message'].filter((name) => named.getFields()[name]);
  return `{ ${present.join(' ') || '__typename'} }`;
}
