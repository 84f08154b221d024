import { ownerCaller } from './caller.ts';
/**
 * The demo tenant's gift cards, through the public API as its owner, with codes chosen here so a
 * shopper can try them: GIFT-DEMO-0050 (50.00 EUR) and GIFT-DEMO-0020 (20.00 EUR, 5.00 of it already
 * spent in the shop, an adjustment). A shop that already has gift cards is left as it is, so a restart
 * adds nothing.
 */
export const DEMO_GIFT_CARDS = [
  { code: 'GIFT-DEMO-0050', amount: 5000, note: 'Demo: a birthday present' },
  { code: 'GIFT-DEMO-0020', amount: 2000, note: 'Demo: a goodwill gesture', spent: 500 },
];

export async function seedDemoGiftCards(gatewayUrl: string, accessToken: string): Promise<string[]> {
  const call = ownerCaller(gatewayUrl, accessToken);
  const { giftCards } = await call<{ giftCards: { totalCount: number } }>('{ giftCards(first: 1) { totalCount } }');
  if (giftCards.totalCount > 0) return [];
  for (const { spent, ...card } of DEMO_GIFT_CARDS) {
    const issued = await call<{ giftCardIssue: { giftCards: { id: string }[] } }>(
      `mutation($input: GiftCardIssueInput!) { giftCardIssue(input: $input) { giftCards { id } errors { code message } } }`,
      { input: { ...card, currency: 'EUR' } },
    );
    const id = issued.giftCardIssue.giftCards[0]?.id;
    if (id && spent) {
      await call(
        `mutation($input: GiftCardAdjustInput!) { giftCardAdjust(input: $input) { errors { code message } } }`,
        { input: { id, amount: -spent, note: 'Spent in the shop' } },
      );
    }
  }
  return [`gift cards ${DEMO_GIFT_CARDS.map((card) => card.code).join(', ')}`];
}
