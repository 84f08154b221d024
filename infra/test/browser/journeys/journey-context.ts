import type { Browser, Page } from 'playwright-core';

/** A seeded account's sign-in. */
export interface Credentials {
  email: string;
  password: string;
}

/** What the runner gives every admin journey: the browser, the admin's sign-in, screenshots and checks. */
export interface JourneyContext {
  browser: Browser;
  adminUrl: string;
  signInAdmin(page: Page, email: string, password: string): Promise<void>;
  shot(page: Page, name: string): Promise<void>;
  expect(condition: unknown, message: string): void;
}

/** A journey that works as the demo shop's owner. */
export interface OwnerJourney extends JourneyContext {
  owner: Credentials;
}

/** A journey of the owner's settings that a shopper then meets on the storefront. */
export interface OwnerAndShopperJourney extends OwnerJourney {
  storefrontUrl: string;
  /** a seeded product the storefront sells in EUR */
  productHandle: string;
  productTitle: string;
}
