import { readFileSync } from 'node:fs';

/**
 * Built-in workflows a tenant creates its own editable copy of (`workflowCreateFromTemplate`). Each is
 * a YAML file with `${parameter}` placeholders, filled from the caller's parameters or the defaults;
 * the result is an ordinary document, validated and versioned like any other.
 */

export interface TemplateParameter {
  key: string;
  description: string;
  /** `amount`: a whole number of minor units; `slug`: a workflow name */
  type: 'amount' | 'slug';
  default: string;
}

export interface WorkflowTemplate {
  key: string;
  name: string;
  description: string;
  parameters: TemplateParameter[];
  /** the YAML with `${parameter}` placeholders */
  raw: string;
}

const read = (file: string) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');

const nameParameter = (key: string): TemplateParameter => ({
  key: 'name',
  description: 'The new workflow’s name (a slug unique in the tenant)',
  type: 'slug',
  default: key,
});

export const WORKFLOW_TEMPLATES: readonly WorkflowTemplate[] = [
  {
    key: 'high-value-order-hold',
    name: 'High-value order hold',
    description:
      'An order at or above a threshold is held (it cannot be fulfilled) until a member with orders:manage approves it; approval releases the hold, rejection leaves it open for a person to cancel or release.',
    parameters: [
      nameParameter('high-value-order-hold'),
      {
        key: 'threshold',
        description: 'The order total, in minor units, from which an order is held (100000 = 1,000.00)',
        type: 'amount',
        default: '100000',
      },
    ],
    raw: read('high-value-order-hold.yaml'),
  },
  {
    key: 'low-stock-alert',
    name: 'Low-stock alert',
    description: 'When stock drops to its low-stock threshold, the members who adjust inventory get a message.',
    parameters: [nameParameter('low-stock-alert')],
    raw: read('low-stock-alert.yaml'),
  },
  {
    key: 'purchase-order-approval',
    name: 'Purchase order approval',
    description:
      'A submitted purchase order above one amount needs one approver with procurement:approve, above a second amount two (a quorum).',
    parameters: [
      nameParameter('purchase-order-approval'),
      {
        key: 'single',
        description: 'Above this total (minor units) one approver is needed',
        type: 'amount',
        default: '100000',
      },
      {
        key: 'double',
        description: 'Above this total (minor units) two approvers are needed',
        type: 'amount',
        default: '1000000',
      },
    ],
    raw: read('purchase-order-approval.yaml'),
  },
  {
    key: 'shipment-notification',
    name: 'Shipment notification',
    description: 'Emails the shopper with the carrier and tracking number when their shipment ships.',
    parameters: [nameParameter('shipment-notification')],
    raw: read('shipment-notification.yaml'),
  },
];

export const templateByKey = (key: string) => WORKFLOW_TEMPLATES.find((template) => template.key === key) ?? null;

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const AMOUNT = /^(0|[1-9]\d{0,14})$/;

export interface ParameterProblem {
  key: string;
  message: string;
}

/** The template's YAML with its placeholders filled: the caller's values where given, else the defaults. */
export function renderTemplate(
  template: WorkflowTemplate,
  parameters: Record<string, string> = {},
): { ok: true; source: string } | { ok: false; problems: ParameterProblem[] } {
  const problems: ParameterProblem[] = [];
  const known = new Set(template.parameters.map((parameter) => parameter.key));
  for (const key of Object.keys(parameters)) {
    if (!known.has(key)) problems.push({ key, message: `the template ${template.key} has no parameter "${key}"` });
  }
  const values = new Map<string, string>();
  for (const parameter of template.parameters) {
    const value = (parameters[parameter.key] ?? parameter.default).trim();
    const pattern = parameter.type === 'amount' ? AMOUNT : SLUG;
    if (!pattern.test(value)) {
      problems.push({
        key: parameter.key,
        message:
          parameter.type === 'amount'
            ? `${parameter.key} must be a whole number of minor units`
            : `${parameter.key} must be a slug (lowercase letters, digits and -, at most 63)`,
      });
    }
    values.set(parameter.key, value);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    source: template.raw.replace(/\$\{([a-z]+)\}/g, (token, key: string) => values.get(key) ?? token),
  };
}
