/** Server-side settings, read at request time (not inlined at build): the same build runs anywhere. */
export const gatewayUrl = () => process.env.UCOS_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
