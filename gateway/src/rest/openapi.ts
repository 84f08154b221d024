import { printSchema as printFederationSchema, Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  type GraphQLInputType,
  GraphQLNonNull,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isObjectType,
  typeFromAST,
} from 'graphql';
import { InputSchemas, type JsonSchema, selectionSchema } from './json-schema.ts';
import type { RestRoute } from './routes.ts';

/**
 * The client-facing schema of a supergraph (no join directives, no inaccessible fields), built with
 * this module's copy of graphql so its type checks hold whichever copy the supergraph came from.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printFederationSchema(Supergraph.build(supergraphSdl).apiSchema()));
}

const PROBLEMS: Record<string, string> = {
  '400': 'The request cannot be read (a parameter of the wrong type, an unknown parameter, bad JSON)',
  '401': 'No valid credential',
  '403': 'The credential may not call this route or read this data',
  '404': 'No such record (or not one this tenant may see)',
  '409': 'The record changed meanwhile or is in a state that refuses this',
  '422': 'The input was read but its values are refused',
  '429': 'Over a rate-limit budget: retry after `Retry-After` seconds',
  '503': 'A service the request needs is unavailable: retry shortly',
  '504': 'The request ran out of time',
};

const BUDGET_HEADER_DOCS: Record<string, string> = {
  'RateLimit-Limit': 'Points of the budget this request left the least of',
  'RateLimit-Remaining': 'Points left in that budget',
  'RateLimit-Reset': 'Seconds until that budget starts again',
  'RateLimit-Policy': 'The budget: `<limit>;w=<window seconds>;name="<budget>"`',
  'X-Request-Cost': 'What this request cost, in points',
};

/**
 * The OpenAPI 3.1 document of the REST routes: a pure function of the supergraph's API schema and
 * the route table, so the committed `schema/openapi.json` can be regenerated from them alone.
 */
export function openApiDocument(schema: GraphQLSchema, routes: readonly RestRoute[]): Record<string, unknown> {
  const inputs = new InputSchemas();
  const paths: Record<string, Record<string, unknown>> = {};
  const responseSchemas: Record<string, JsonSchema> = {};
  for (const route of [...routes].sort((a, b) => a.path.localeCompare(b.path))) {
    const rootType = route.operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    const root = rootType?.getFields()[route.rootField];
    if (!rootType || !root) throw new Error(`${route.operationName}: no root field ${route.rootField}`);
    const rootSelection = route.operation.selectionSet.selections[0];
    // a narrowed root answers 200 only with a record of its type (any other is 404)
    const narrowed = route.rootType ? schema.getType(route.rootType) : undefined;
    if (route.rootType && !isObjectType(narrowed)) {
      throw new Error(`${route.operationName}: ${route.rootType} is no object type`);
    }
    responseSchemas[`${route.operationName}Response`] = selectionSchema(
      schema,
      isObjectType(narrowed) ? new GraphQLNonNull(narrowed) : root.type,
      rootSelection && 'selectionSet' in rootSelection ? rootSelection.selectionSet : undefined,
      inputs,
    );
    const parameters: Record<string, unknown>[] = [];
    const body: Record<string, JsonSchema> = {};
    const bodyRequired: string[] = [];
    for (const definition of route.operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
      const required = definition.type.kind === 'NonNullType';
      if (route.pathParameters.includes(name)) {
        parameters.push({ name, in: 'path', required: true, schema: inputs.nonNull(type) });
      } else if (route.method === 'GET') {
        const object = isInputObjectType(getNullableType(type));
        parameters.push({
          name,
          in: 'query',
          required,
          ...(object ? { style: 'deepObject', explode: true } : {}),
          schema: object ? inputs.nonNull(type) : inputs.of(type),
        });
      } else {
        body[name] = inputs.of(type);
        if (required) bodyRequired.push(name);
      }
    }
    const problems = Object.fromEntries(
      Object.keys(PROBLEMS)
        .filter((status) => status !== '409' || route.method === 'POST')
        .map((status) => [status, { $ref: `#/components/responses/Problem${status}` }]),
    );
    paths[route.path] ??= {};
    paths[route.path]![route.method.toLowerCase()] = {
      operationId: route.operationName,
      summary: route.summary || route.operationName,
      description: `Runs the GraphQL operation \`${route.operationName}\`:\n\n\`\`\`graphql\n${route.document}\n\`\`\``,
      tags: [tagOf(route.path)],
      security: route.storefront
        ? [{ bearer: [] }, { apiKey: [] }, { publishableKey: [] }]
        : [{ bearer: [] }, { apiKey: [] }],
      ...(route.storefront ? { 'x-storefront': true } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.method === 'POST'
        ? {
            requestBody: {
              required: bodyRequired.length > 0,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    additionalProperties: false,
                    properties: body,
                    ...(bodyRequired.length > 0 ? { required: bodyRequired } : {}),
                  },
                },
              },
            },
          }
        : {}),
      responses: {
        '200': {
          description: `The value of \`${route.rootField}\``,
          headers: budgetHeaderRefs(),
          content: {
            'application/json': { schema: { $ref: `#/components/schemas/${route.operationName}Response` } },
          },
        },
        ...problems,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Unified Commerce OS REST API',
      version: '1.0.0',
      description:
        'REST routes over persisted GraphQL operations of the gateway: the same credentials, tenant, ' +
        'cost-based rate limits and errors as `POST /graphql`. Errors are RFC 9457 problem documents.',
    },
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: {
        ...sorted({ ...inputs.components, ...responseSchemas }),
        Problem: PROBLEM_SCHEMA,
      },
      responses: Object.fromEntries(
        Object.entries(PROBLEMS).map(([status, description]) => [
          `Problem${status}`,
          {
            description,
            ...(status === '429'
              ? { headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' }, ...budgetHeaderRefs() } }
              : {}),
            content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
          },
        ]),
      ),
      headers: {
        'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
        ...Object.fromEntries(
          Object.entries(BUDGET_HEADER_DOCS).map(([name, description]) => [
            name,
            { description, schema: { type: name === 'RateLimit-Policy' ? 'string' : 'integer' } },
          ]),
        ),
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A staff or shopper access token' },
        apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'A secret API key (`ucos_sk_…`)' },
        publishableKey: {
          type: 'apiKey',
          in: 'header',
          name: 'x-publishable-key',
          description: 'A storefront publishable key (`ucos_pk_…`): storefront routes only',
        },
      },
    },
  };
}

const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'An RFC 9457 problem',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: { type: 'string', format: 'uri-reference' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    code: { type: 'string', description: 'The GraphQL error code (NOT_FOUND, RATE_LIMITED, …)' },
    instance: { type: 'string' },
    requestId: { type: 'string' },
    errors: { type: 'array', items: { type: 'object' } },
    budget: { type: 'object', description: 'The budget a 429 ran out of' },
  },
};

function budgetHeaderRefs() {
  return Object.fromEntries(
    Object.keys(BUDGET_HEADER_DOCS).map((name) => [name, { $ref: `#/components/headers/${name}` }]),
  );
}

function tagOf(path: string): string {
  return path.split('/')[3] ?? 'rest';
}

function sorted<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
