/** Server-side settings, read at request time (not inlined at build): the same build runs anywhere. */
export const gatewayUrl = () => process.env.UCOS_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

/**
 * Where outside services reach the platform (webhook URLs shown to the merchant): UCOS_PUBLIC_API_URL,
 * else the gateway's own origin.
 */
export const publicApiOrigin = () => new URL(process.env.UCOS_PUBLIC_API_URL ?? gatewayUrl()).origin;
