import { badUserInput, maxLength } from '@ucos/kit';
import { builder } from '../builder.ts';
import { purchaseOrderPdf } from '../templates/attachments.ts';

builder.queryField('purchaseOrderPdf', (t) =>
  t.string({
    description:
      'A purchase order document (the `purchaseOrder` of `procurement.purchase_order.sent`, as JSON text) rendered as the PDF the supplier is mailed, base64-encoded: what the admin prints',
    authScopes: { scope: 'procurement:manage' },
    args: {
      document: t.arg.string({ required: true, ...maxLength(100_000) }),
      locale: t.arg.string({ ...maxLength(20) }),
    },
    resolve: async (_root, { document, locale }, context) => {
      let order: unknown;
      try {
        order = JSON.parse(document);
      } catch {
        throw badUserInput('document is not JSON', ['document']);
      }
      if (!order || typeof order !== 'object' || Array.isArray(order)) {
        throw badUserInput('document must be a JSON object', ['document']);
      }
      const pdf = await purchaseOrderPdf(
        order as Parameters<typeof purchaseOrderPdf>[0],
        locale ?? context.deps.defaultLocale,
      );
      return pdf.toString('base64');
    },
  }),
);
