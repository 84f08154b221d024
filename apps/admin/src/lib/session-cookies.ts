/** Cookie names, shared by the proxy (edge-safe, no server-only imports) and the server code. */
export const ACCESS_COOKIE = 'ucos_admin_at';
export const REFRESH_COOKIE = 'ucos_admin_rt';
