import {
  coerceInputValue,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  typeFromAST,
} from 'graphql';
import type { RestRoute } from './routes.ts';

/** Input a REST call got wrong: 400 when it cannot be read, 422 when its values are refused. */
export class RestInputError extends Error {
  readonly status: 400 | 422;
  /** the parameter, as a path: `['filter', 'status']` */
  readonly field: (string | number)[] | undefined;

  constructor(status: 400 | 422, message: string, field?: (string | number)[]) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

export interface RestInput {
  pathValues: Record<string, string>;
  query: URLSearchParams;
  /** the parsed JSON body of a POST (undefined: none was sent) */
  body?: unknown;
}

/**
 * The operation's variables from the request: path parameters and (GET) the query string are text,
 * read as their variable's type (`first=20` an Int, `filter[status]=ACTIVE` an input field, a list
 * by repeating the parameter); a POST's JSON body is an object of the other variables. Every value
 * is then checked against its GraphQL type, so a wrong one is refused before anything runs.
 */
export function variablesFor(schema: GraphQLSchema, route: RestRoute, input: RestInput): Record<string, unknown> {
  const definitions = route.operation.variableDefinitions ?? [];
  const types = new Map<string, GraphQLInputType>();
  for (const definition of definitions) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type) throw new Error(`${route.operationName}: $${definition.variable.name.value} has an unknown type`);
    types.set(definition.variable.name.value, type);
  }
  const raw: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(input.pathValues)) raw[name] = fromText(text, types.get(name)!, [name]);

  if (route.method === 'GET') {
    for (const [name, value] of Object.entries(fromQuery(input.query, types, route.pathParameters))) raw[name] = value;
  } else {
    if (input.query.size > 0) throw new RestInputError(400, 'A POST route takes its input in the JSON body');
    const body = input.body ?? {};
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new RestInputError(400, 'The body must be a JSON object of the operation input');
    }
    for (const [name, value] of Object.entries(body)) {
      if (!types.has(name) || route.pathParameters.includes(name)) {
        throw new RestInputError(422, `Unknown body field "${name}"`, [name]);
      }
      raw[name] = value;
    }
  }

  const variables: Record<string, unknown> = {};
  for (const [name, type] of types) {
    if (!(name in raw)) {
      if (isNonNullType(type)) throw new RestInputError(422, `"${name}" is required`, [name]);
      continue;
    }
    variables[name] = coerce(raw[name], type, name);
  }
  return variables;
}

function coerce(value: unknown, type: GraphQLInputType, name: string): unknown {
  let refusal: RestInputError | undefined;
  coerceInputValue(value, type, (path, _invalid, error) => {
    refusal ??= new RestInputError(422, messageOf(name, path, error), [name, ...path]);
  });
  if (refusal) throw refusal;
  // only checked: the variable is sent as the caller wrote it, and the gateway coerces it again
  return value;
}

function messageOf(name: string, path: readonly (string | number)[], error: GraphQLError): string {
  const where = [name, ...path].join('.');
  return `${where}: ${error.message.replace(/^Field "[^"]+" of required type/, 'A value of type')}`;
}

/** Query parameters: `name=value` for a scalar or list, `name[field]=value` for an input object's field. */
function fromQuery(
  query: URLSearchParams,
  types: ReadonlyMap<string, GraphQLInputType>,
  pathParameters: readonly string[],
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const nested = /^([_A-Za-z][_0-9A-Za-z]*)\[([_A-Za-z][_0-9A-Za-z]*)\]$/.exec(key);
    const name = nested ? nested[1]! : key;
    const type = types.get(name);
    if (!type || pathParameters.includes(name))
      throw new RestInputError(400, `Unknown query parameter "${key}"`, [key]);
    const texts = query.getAll(key);
    if (nested) {
      const objectType = getNullableType(type);
      if (!isInputObjectType(objectType)) {
        throw new RestInputError(400, `"${name}" is not an object: send it as ${name}=<value>`, [name]);
      }
      const field = objectType.getFields()[nested[2]!];
      if (!field) throw new RestInputError(422, `"${name}" has no field "${nested[2]}"`, [name, nested[2]!]);
      values[name] ??= {};
      (values[name] as Record<string, unknown>)[field.name] = fromTexts(texts, field.type, [name, field.name]);
      continue;
    }
    if (isInputObjectType(getNullableType(type))) {
      throw new RestInputError(400, `"${name}" is an object: send its fields as ${name}[field]=<value>`, [name]);
    }
    values[name] = fromTexts(texts, type, [name]);
  }
  return values;
}

function fromTexts(texts: string[], type: GraphQLInputType, field: string[]): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    // `ids=a&ids=b` or `ids=a,b`
    const items = texts.flatMap((text) => text.split(',')).filter((text) => text !== '');
    return items.map((text) => fromText(text, nullable.ofType, field));
  }
  if (texts.length > 1) throw new RestInputError(400, `"${field.join('.')}" takes one value`, field);
  return fromText(texts[0]!, type, field);
}

/** One text as the scalar its type names; enums and strings stay text (GraphQL checks them next). */
export function fromText(text: string, type: GraphQLInputType, field: (string | number)[]): unknown {
  const nullable = getNullableType(type);
  const where = field.join('.');
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        if (!/^-?\d{1,10}$/.test(text)) throw new RestInputError(400, `"${where}" must be an integer`, field);
        return Number(text);
      case 'Float':
        if (text.trim() === '' || !Number.isFinite(Number(text))) {
          throw new RestInputError(400, `"${where}" must be a number`, field);
        }
        return Number(text);
      case 'Boolean':
        if (text !== 'true' && text !== 'false')
          throw new RestInputError(400, `"${where}" must be true or false`, field);
        return text === 'true';
      default:
        return text;
    }
  }
  if (isEnumType(nullable)) return text;
  throw new RestInputError(400, `"${where}" cannot be given as text`, field);
}
