import type { Money, Plugin } from '@ucos/plugin-sdk';

interface Config {
  minimumAmount: number;
  currency: string;
  message?: string;
}

// QuickJS has no Intl: two fraction digits cover the currencies this example is configured for
const format = (money: Money) => `${(money.amount / 100).toFixed(2)} ${money.currency}`;

export default {
  'checkout.validate'(input, ctx) {
    const { minimumAmount, currency } = ctx.config;
    // a minimum in another currency says nothing about this cart
    if (input.subtotal.currency !== currency || input.subtotal.amount >= minimumAmount) return { allow: true };
    const template = ctx.config.message ?? 'Orders start at {minimum}: add {missing} more to check out.';
    const message = template
      .replace('{minimum}', format({ amount: minimumAmount, currency }))
      .replace('{missing}', format({ amount: minimumAmount - input.subtotal.amount, currency }));
    console.info('refused checkout', input.cartId, 'subtotal', input.subtotal.amount);
    return { allow: false, message, field: 'lines' };
  },
} satisfies Plugin<Config>;
