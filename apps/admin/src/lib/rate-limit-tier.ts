/**
 * Rate-limit tiers as the admin shows them. A key's tier in force is its own, else its app's, else
 * standard (the API's `rateLimitTierSource` says which); "follow" in a form clears a key's own tier
 * or an app's, so the key follows its app (or the default).
 */
export const FOLLOW = 'FOLLOW';

export const TIER_OPTIONS = [
  { value: 'BASIC', label: 'basic (a fifth of the standard budget)' },
  { value: 'STANDARD', label: 'standard' },
  { value: 'PREMIUM', label: 'premium (five times the standard budget)' },
];

export type Tier = 'BASIC' | 'STANDARD' | 'PREMIUM';

/** The tier picked in a form, null for "follow" (or nothing); the API refuses anything else. */
export function pickedTier(form: FormData, name = 'rateLimitTier'): Tier | null {
  const value = String(form.get(name) ?? '').trim();
  return value && value !== FOLLOW ? (value as Tier) : null;
}

const SOURCE_WORDS: Record<string, string> = { KEY: 'its own', APP: 'the app’s', DEFAULT: 'the default' };

/** "premium (the app’s)": the tier in force and where it was set. */
export function tierInForceWords(tier: string, source: string): string {
  return `${tier.toLowerCase()} (${SOURCE_WORDS[source] ?? source.toLowerCase()})`;
}

/**
 * The tier choices of a new key: none of its own by default, so the key follows its app's tier
 * (standard without one) and a later change of the app's tier reaches it.
 */
export function newKeyTierOptions(follow: string) {
  return [{ value: FOLLOW, label: follow }, ...TIER_OPTIONS];
}

/** "follow the app (premium)": what a key without its own tier gets from this app. */
export function followAppWords(appTier: string | null | undefined): string {
  return `none: follow the app (${appTier ? appTier.toLowerCase() : 'standard, the default'})`;
}
