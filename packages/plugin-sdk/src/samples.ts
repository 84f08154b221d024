import type { Cart, HookInputs, HookPoint, Money } from './hooks.ts';

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

const cart: Cart = {
  id: 'cart_1',
  currency: 'EUR',
  lines: [
    {
      id: 'line_1',
      variantId: 'var_1',
      productId: 'prod_1',
      sku: 'MUG-BLUE',
      title: 'Blue mug',
      quantity: 12,
      unitPrice: eur(850),
      total: eur(10_200),
    },
    {
      id: 'line_2',
      variantId: 'var_2',
      productId: 'prod_2',
      sku: 'TEA-GREEN',
      title: 'Green tea',
      quantity: 2,
      unitPrice: eur(1_250),
      total: eur(2_500),
    },
  ],
  subtotal: eur(12_700),
  customer: { id: 'cust_1', email: 'ada@example.com', groups: ['retail'] },
};

/**
 * One realistic input per hook point: what the local harness runs when a plugin has no samples of
 * its own, and a starting point for writing them.
 */
export const SAMPLE_INPUTS: { [H in HookPoint]: HookInputs[H] } = {
  'cart.line.validate': {
    cart,
    line: { variantId: 'var_1', productId: 'prod_1', sku: 'MUG-BLUE', quantity: 12, unitPrice: eur(850) },
  },
  'checkout.validate': {
    cartId: cart.id,
    currency: 'EUR',
    lines: cart.lines,
    subtotal: cart.subtotal,
    shipping: eur(495),
    tax: eur(2_413),
    total: eur(15_608),
    customer: cart.customer,
    shippingAddress: { country: 'DE', postalCode: '10115', city: 'Berlin', region: null },
    shippingMethod: 'standard',
  },
  'product.save.validate': {
    product: {
      id: null,
      handle: 'blue-mug',
      title: 'Blue mug',
      description: 'Stoneware, 350 ml',
      status: 'DRAFT',
      attributes: [{ name: 'material', value: 'stoneware' }],
      variants: [{ sku: 'MUG-BLUE', title: null, weightGrams: 400 }],
    },
    isNew: true,
  },
  'purchase-order.submit.validate': {
    purchaseOrder: {
      id: 'po_1',
      number: 'PO-1001',
      supplier: { id: 'sup_1', name: 'Ceramics GmbH' },
      currency: 'EUR',
      total: eur(42_000),
      lines: [{ sku: 'MUG-BLUE', quantity: 100, unitCost: eur(420), total: eur(42_000) }],
    },
  },
  'customer.register.validate': {
    customer: { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', phone: null, company: null },
  },
  'import.row.transform': {
    kind: 'products',
    rowNumber: 1,
    row: { handle: 'blue-mug', title: 'Blue mug', price: '8,50' },
  },
  'product.save.transform': {
    product: {
      id: 'prod_1',
      handle: 'blue-mug',
      title: '  blue mug ',
      description: null,
      status: 'ACTIVE',
      attributes: [],
      variants: [{ sku: 'MUG-BLUE', title: null, weightGrams: 400 }],
    },
    isNew: false,
  },
  'cart.price.adjust': { cart },
  'order.confirmation.transform': {
    order: {
      id: 'ord_1',
      number: 'SO-1001',
      email: 'ada@example.com',
      currency: 'EUR',
      lines: cart.lines.map(({ sku, title, quantity, total }) => ({ sku, title, quantity, total })),
      subtotal: cart.subtotal,
      total: eur(15_608),
      customer: cart.customer,
      shippingAddress: { country: 'DE', postalCode: '10115', city: 'Berlin', region: null },
    },
  },
  'shipping.rates': {
    cart,
    destination: { country: 'DE', postalCode: '18565', city: 'Hiddensee', region: null },
    rates: [
      { code: 'standard', name: 'Standard', amount: eur(495), estimatedDaysMin: 2, estimatedDaysMax: 4 },
      { code: 'express', name: 'Express', amount: eur(1_290), estimatedDaysMin: 1, estimatedDaysMax: 1 },
    ],
  },
  'event.action': {
    event: {
      id: 'evt_1',
      type: 'orders.order.created',
      occurredAt: '2026-01-05T10:00:00.000Z',
      // the platform's event payload (orders' OrderCreatedPayload, abridged)
      data: { orderId: 'ord_1', number: 1001, displayNumber: 'SO-1001', currency: 'EUR', totalAmount: 15_608 },
    },
    attempt: 1,
  },
  'admin.action': {
    action: 'recalculate',
    object: { type: 'order', id: 'T3JkZXI6b3JkXzE=' },
    extension: { id: 'VWlFeHRlbnNpb246eF8x', point: 'ORDER_PANEL' },
  },
};
