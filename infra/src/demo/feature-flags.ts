import { ownerCaller } from './caller.ts';

/**
 * The demo tenant's feature flags, through the public API as its owner, all off: the owner turns them
 * on in the admin's Settings. A flag the tenant already has is left as it is, so a restart changes
 * nothing an owner switched.
 */
export const DEMO_FEATURE_FLAGS = [
  {
    key: 'storefront.recently-viewed',
    description: 'Storefront: a "Recently viewed" strip on product pages, from the shopper\'s cookie',
  },
];

export async function seedDemoFeatureFlags(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const { featureFlags } = await call<{ featureFlags: { key: string }[] }>('{ featureFlags { key } }');
  const existing = new Set(featureFlags.map((flag) => flag.key));
  const missing = DEMO_FEATURE_FLAGS.filter((flag) => !existing.has(flag.key));
  for (const flag of missing) {
    await call(
      `mutation ($input: FeatureFlagSetInput!) { featureFlagSet(input: $input) { errors { code message } } }`,
      { input: { ...flag, enabled: false, version: 0 } },
    );
  }
  return missing.length ? [`feature flags (off): ${missing.map((flag) => flag.key).join(', ')}`] : [];
}
