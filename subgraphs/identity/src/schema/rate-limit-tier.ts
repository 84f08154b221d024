import { builder } from '../builder.ts';
import type { RateLimitTierSource } from '../data/api-keys.ts';

export const RateLimitTierEnum = builder.enumType('RateLimitTier', {
  description:
    "A key's rate-limit budget at the gateway, as a multiple of the deployment's budget for its kind " +
    '(a secret key, or a storefront key and each of its shoppers). Set on a key, or on an app for every ' +
    "key of the app without its own: the key's own tier > its app's tier > STANDARD. Every answer reports " +
    'the budget left.',
  values: {
    BASIC: { value: 'basic', description: 'A fifth of the deployment budget: trials, low-volume integrations' },
    STANDARD: { value: 'standard', description: 'The deployment budget (the default)' },
    PREMIUM: { value: 'premium', description: 'Five times the deployment budget: busy integrations and shops' },
  } as const,
});

export const RateLimitTierSourceEnum = builder.enumType('RateLimitTierSource', {
  description: "Where the tier in force for a key was set: the key's own tier > its app's tier > the default",
  values: {
    KEY: { value: 'key' satisfies RateLimitTierSource, description: 'The key has a tier of its own' },
    APP: { value: 'app' satisfies RateLimitTierSource, description: "The key follows its app's tier" },
    DEFAULT: {
      value: 'default' satisfies RateLimitTierSource,
      description: 'Neither the key nor its app has a tier: STANDARD',
    },
  } as const,
});
