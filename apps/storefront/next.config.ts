import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// the shopper's language per request (cookie, else Accept-Language): see src/i18n/request.ts
const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts');

const config: NextConfig = {
  // @ucos/clients and @ucos/ui are TypeScript source in the workspace
  transpilePackages: ['@ucos/clients', '@ucos/ui'],
  // the repository's `tsc -p apps/storefront` (npm run typecheck) checks types; next build need not repeat it
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default withNextIntl(config);
