import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { parse, graphql, execute } from 'graphql';
import gql from 'graphql-tag';

const R = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable", "@interfaceObject"])
  interface Node @key(fields: "id") { id: ID! }
  type Product implements Node @key(fields: "id") { id: ID! }
  type Query { node(id: ID!): Node  nodes(ids: [ID!]!): [Node]! }
`;
const A = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])
  type Product @key(fields: "id") { id: ID! title: String! }
  type Query { product(id: ID!): Product }
`;
const rResolvers = {
  Query: { node: (_, { id }) => ({ __typename: id.split(':')[0], id }), nodes: (_, { ids }) => ids.map((id) => ({ __typename: id.split(':')[0], id })) },
  Node: { __resolveReference: (ref) => { console.log('R ref', ref); return { __typename: ref.id.split(':')[0], id: ref.id }; }, __resolveType: (o) => o.__typename },
};
const aResolvers = {
  Product: { __resolveReference: (ref) => { console.log('A ref', ref); return ref.id === 'Product:1' ? { id: ref.id, title: 'one' } : null; } },
};
const services = [{ name: 'r', typeDefs: R, resolvers: rResolvers }, { name: 'a', typeDefs: A, resolvers: aResolvers }];
const result = composeServices(services.map((s) => ({ name: s.name, typeDefs: s.typeDefs, url: `http://${s.name}` })));
if (result.errors) { console.log(result.errors.map(e => e.message)); process.exit(1); }
const schemas = Object.fromEntries(services.map((s) => [s.name, buildSubgraphSchema({ typeDefs: s.typeDefs, resolvers: s.resolvers })]));
const gateway = new ApolloGateway({ supergraphSdl: result.supergraphSdl, buildService: ({ name }) => new LocalGraphQLDataSource(schemas[name]) });
const { schema, executor } = await gateway.load();
const run = async (query) => {
  const document = parse(query);
  const r = await executor({ document, request: { query }, operationName: null, schema, context: {}, queryHash: query, logger: console, cache: new Map(), overallCachePolicy: {}, metrics: {}, operation: document.definitions[0], source: query });
  console.log(query, JSON.stringify(r));
};
await run('{ node(id: "Product:1") { id ... on Product { title } } }');
await run('{ node(id: "Product:2") { id ... on Product { title } } }');
await run('{ node(id: "Product:2") { id } }');
await run('{ nodes(ids: ["Product:1", "Product:2"]) { id ... on Product { title } } }');
await gateway.stop();
