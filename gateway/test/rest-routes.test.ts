import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { apiSchemaOf, openApiDocument } from '../src/rest/openapi.ts';
import { problemFromErrors, problemFromPayloadErrors } from '../src/rest/responses.ts';
import { matchRoute, parseRoutes, RouteTableError, readRouteTable, routesValidAgainst } from '../src/rest/routes.ts';
import { RestInputError, variablesFor } from '../src/rest/variables.ts';

/**
 * The REST facade's pure parts: the route table read from the annotated operations, a request's
 * path, query and body read as the operation's variables, GraphQL errors as RFC 9457 problems, and
 * the OpenAPI document derived from the committed supergraph.
 */
const root = new URL('../../', import.meta.url);
const supergraph = readFileSync(new URL('schema/supergraph.graphql', root), 'utf8');
const schema = apiSchemaOf(supergraph);
const routes = readRouteTable();
const route = (operationName: string) => routes.find((candidate) => candidate.operationName === operationName)!;

function inputError(run: () => unknown): RestInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RestInputError) return error;
    throw error;
  }
  throw new Error('expected a RestInputError');
}

describe('route table', () => {
  it('reads every annotated operation of gateway/rest/operations.graphql', () => {
    expect(routes.length).toBeGreaterThanOrEqual(14);
    expect(route('RestProduct')).toMatchObject({
      method: 'GET',
      path: '/rest/v1/products/{id}',
      pathParameters: ['id'],
      rootField: 'product',
      storefront: true,
      summary: 'One product with its variants',
    });
    expect(route('RestOrderCancel')).toMatchObject({ method: 'POST', storefront: false, rootField: 'orderCancel' });
    expect(routes.filter((candidate) => candidate.storefront).map((candidate) => candidate.operationName)).toEqual([
      'RestProducts',
      'RestProduct',
      'RestProductByHandle',
      'RestVariantBySku',
    ]);
  });

  it('holds only operations that are valid against the committed supergraph', () => {
    expect(routesValidAgainst(schema, routes).invalid).toEqual([]);
  });

  it('refuses a route table it cannot serve unambiguously', () => {
    const refusals: [string, RegExp][] = [
      ['query A { products { totalCount } }', /exactly one "# @route/],
      ['# @route GET /rest/v1/x\nquery { products { totalCount } }', /needs a name/],
      ['# @route GET /rest/v1/x\nquery A { products { totalCount } tenant { id } }', /exactly one root field/],
      ['# @route GET /rest/v1/x/{id}\nquery A { products { totalCount } }', /\{id\} is no variable/],
      ['# @route GET /rest/v1/x\nmutation A { tenant { id } }', /a mutation is POST/],
      ['# @route DELETE /rest/v1/x\nquery A { tenant { id } }', /not GET or POST/],
      ['# @route GET /api/x\nquery A { tenant { id } }', /not \/rest\/v1/],
      ['# @route GET /rest/v1/x\nquery A { tenant { id } }\n# @route GET /rest/v1/x\nquery B { tenant { id } }', /two/],
      // a root narrowed by a fragment must say which type it answered
      ['# @route GET /rest/v1/x/{id}\nquery A($id: ID!) { node(id: $id) { ... on Return { id } } }', /__typename/],
      [
        '# @route GET /rest/v1/x/{id}\nquery A($id: ID!) { node(id: $id) { __typename ... on Return { id } ... on Shipment { id } } }',
        /one "\.\.\. on <Type>"/,
      ],
      [
        '# @route GET /rest/v1/x/{id}\nquery A($id: ID!) { node(id: $id) { __typename id ... on Return { status } } }',
        /__typename/,
      ],
    ];
    for (const [source, message] of refusals) {
      expect(() => parseRoutes(source), source).toThrow(RouteTableError);
      expect(() => parseRoutes(source), source).toThrow(message);
    }
  });

  it('narrows a route on node(id:) to the one type its fragment names', () => {
    expect(route('RestReturn')).toMatchObject({ rootField: 'node', rootType: 'Return', path: '/rest/v1/returns/{id}' });
    expect(route('RestShipment').rootType).toBeUndefined();
  });

  it('matches a path to its route with decoded parameters, and lists the methods a path allows', () => {
    expect(matchRoute(routes, 'GET', '/rest/v1/variants/by-sku/TEE%2FRED')).toMatchObject({
      route: { operationName: 'RestVariantBySku' },
      pathValues: { sku: 'TEE/RED' },
    });
    expect(matchRoute(routes, 'GET', '/rest/v1/products/by-handle/tee')).toMatchObject({
      route: { operationName: 'RestProductByHandle' },
    });
    expect(matchRoute(routes, 'GET', '/rest/v1/orders/abc/cancel')).toEqual({ allowed: ['POST'] });
    expect(matchRoute(routes, 'GET', '/rest/v1/nothing')).toBeNull();
  });
});

describe('variables', () => {
  it('reads path and query text as the variables’ types, input objects from name[field]', () => {
    const query = new URLSearchParams('first=5&after=abc&filter[status]=ACTIVE&sort=NEWEST');
    expect(variablesFor(schema, route('RestProducts'), { pathValues: {}, query })).toEqual({
      first: 5,
      after: 'abc',
      filter: { status: 'ACTIVE' },
      sort: 'NEWEST',
    });
    expect(
      variablesFor(schema, route('RestShipments'), {
        pathValues: {},
        query: new URLSearchParams('filter[statuses]=PENDING&filter[statuses]=PACKED'),
      }),
    ).toEqual({ filter: { statuses: ['PENDING', 'PACKED'] } });
  });

  it('answers 400 to text it cannot read and 422 to values GraphQL would refuse', () => {
    const products = route('RestProducts');
    const cases: [string, number, RegExp][] = [
      ['first=ten', 400, /"first" must be an integer/],
      ['first=1&first=2', 400, /takes one value/],
      ['limit=5', 400, /Unknown query parameter "limit"/],
      ['filter=ACTIVE', 400, /is an object/],
      ['filter[colour]=red', 422, /has no field "colour"/],
      ['sort=CHEAPEST', 422, /sort/],
    ];
    for (const [text, status, message] of cases) {
      const error = inputError(() =>
        variablesFor(schema, products, { pathValues: {}, query: new URLSearchParams(text) }),
      );
      expect({ text, status: error.status }).toEqual({ text, status });
      expect(error.message).toMatch(message);
    }
  });

  it('reads a POST body as the other variables: unknown or missing fields are 422, a non-object 400', () => {
    const cancel = route('RestOrderCancel');
    const read = (body: unknown, query = '') =>
      variablesFor(schema, cancel, { pathValues: { orderId: 'T3JkZXI6MQ' }, query: new URLSearchParams(query), body });
    expect(read({ version: 3, reason: 'customer asked' })).toEqual({
      orderId: 'T3JkZXI6MQ',
      version: 3,
      reason: 'customer asked',
    });
    expect(read(undefined)).toEqual({ orderId: 'T3JkZXI6MQ' });
    expect(inputError(() => read({ orderId: 'other' }))).toMatchObject({ status: 422, field: ['orderId'] });
    expect(inputError(() => read({ version: 'three' }))).toMatchObject({ status: 422, field: ['version'] });
    expect(inputError(() => read([1]))).toMatchObject({ status: 400 });
    expect(inputError(() => read({}, 'version=3'))).toMatchObject({ status: 400 });
    const required = parseRoutes('# @route POST /rest/v1/x\nmutation X($reason: String!) { tenant { id } }')[0]!;
    expect(
      inputError(() => variablesFor(schema, required, { pathValues: {}, query: new URLSearchParams() })),
    ).toMatchObject({ status: 422, field: ['reason'] });
  });
});

describe('problems', () => {
  it('maps GraphQL error codes to HTTP statuses, the most telling error first', () => {
    const statusOf = (...codes: string[]) =>
      problemFromErrors(codes.map((code) => ({ message: code, extensions: { code } }))).status;
    expect(statusOf('UNAUTHENTICATED')).toBe(401);
    expect(statusOf('FORBIDDEN')).toBe(403);
    expect(statusOf('PERSISTED_QUERY_ONLY')).toBe(403);
    expect(statusOf('NOT_FOUND')).toBe(404);
    expect(statusOf('CONFLICT')).toBe(409);
    expect(statusOf('BAD_USER_INPUT')).toBe(422);
    expect(statusOf('RATE_LIMITED')).toBe(429);
    expect(statusOf('SERVICE_UNAVAILABLE')).toBe(503);
    expect(statusOf('DEADLINE_EXCEEDED')).toBe(504);
    expect(statusOf('COST_LIMIT_EXCEEDED')).toBe(400);
    expect(statusOf('INTERNAL_SERVER_ERROR')).toBe(500);
    expect(statusOf('NOT_FOUND', 'RATE_LIMITED')).toBe(429);
  });

  it('writes an RFC 9457 problem that keeps every error and a 429’s budget', () => {
    const budget = { budget: 'api_key', limit: 10, remaining: 0, resetSeconds: 42 };
    expect(
      problemFromErrors([{ message: 'Rate limit exceeded', extensions: { code: 'RATE_LIMITED', budget } }]),
    ).toEqual({
      type: 'urn:ucos:problem:rate-limited',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Rate limit exceeded',
      code: 'RATE_LIMITED',
      errors: [{ message: 'Rate limit exceeded', code: 'RATE_LIMITED' }],
      budget,
    });
  });

  it('maps a mutation payload’s typed errors: missing 404, changed 409, otherwise 422', () => {
    expect(problemFromPayloadErrors([{ code: 'NOT_FOUND', message: 'No such order' }])).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'No such order',
    });
    expect(problemFromPayloadErrors([{ code: 'CONFLICT', message: 'changed' }]).status).toBe(409);
    expect(problemFromPayloadErrors([{ code: 'INVALID_TRANSITION', message: 'shipped' }]).status).toBe(409);
    expect(problemFromPayloadErrors([{ code: 'TOO_LONG', message: 'reason', field: ['reason'] }])).toMatchObject({
      status: 422,
      errors: [{ code: 'TOO_LONG', field: ['reason'] }],
    });
  });
});

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document, and the committed schema/openapi.json is current', async () => {
    const document = openApiDocument(schema, routes);
    const validator = new Validator();
    expect(await validator.validate(document as never)).toEqual({ valid: true });
    expect(validator.version).toBe('3.1');
    const committed = JSON.parse(readFileSync(new URL('schema/openapi.json', root), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('describes each route’s parameters, body, answer and problems', () => {
    const document = openApiDocument(schema, routes) as any;
    const products = document.paths['/rest/v1/products'].get;
    expect(products.security).toContainEqual({ publishableKey: [] });
    expect(products.parameters).toContainEqual({
      name: 'filter',
      in: 'query',
      required: false,
      style: 'deepObject',
      explode: true,
      schema: { $ref: '#/components/schemas/ProductFilter' },
    });
    const cancel = document.paths['/rest/v1/orders/{orderId}/cancel'].post;
    expect(cancel.security).not.toContainEqual({ publishableKey: [] });
    expect(cancel.parameters).toEqual([{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(Object.keys(cancel.requestBody.content['application/json'].schema.properties)).toEqual([
      'version',
      'reason',
    ]);
    expect(Object.keys(cancel.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '422', '429', '503', '504']),
    );
    // a narrowed route answers 200 only with a record of its type: never null, its fields all there
    const aReturn = document.components.schemas.RestReturnResponse;
    expect(aReturn.type).toBe('object');
    expect(aReturn.required).toEqual(expect.arrayContaining(['__typename', 'id', 'status', 'version', 'lines']));
    const order = document.components.schemas.RestOrderResponse;
    expect(order.type).toEqual(['object', 'null']);
    expect(order.properties.total.properties.amount).toMatchObject({ type: 'integer' });
    expect(document.components.responses.Problem429.headers['Retry-After']).toBeDefined();
  });
});
