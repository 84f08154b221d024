import type { NextConfig } from 'next';

const config: NextConfig = {
  // @ucos/clients, @ucos/ui and @ucos/plugin-sdk (its ui-schema) are TypeScript source in the workspace
  transpilePackages: ['@ucos/clients', '@ucos/ui', '@ucos/plugin-sdk'],
  // the repository's `tsc -p apps/admin` (npm run typecheck) checks types; next build need not repeat it
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default config;
