import type { NextConfig } from 'next';

const config: NextConfig = {
  // @ucos/clients and @ucos/ui are TypeScript source in the workspace
  transpilePackages: ['@ucos/clients', '@ucos/ui'],
  // the repository's `tsc -p apps/admin` (npm run typecheck) checks types; next build need not repeat it
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default config;
