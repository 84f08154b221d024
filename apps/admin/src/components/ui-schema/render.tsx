import {
  isActionButton,
  resolveUiPath,
  UI_SCHEMA_LIMITS,
  type UiBlock,
  type UiSchema,
  uiValueText,
} from '@ucos/plugin-sdk/ui-schema';
import Link from 'next/link';
import { ActionForm } from '../action-form.tsx';
import { runExtensionButton } from './actions.ts';

/** The page's object a schema reads from and acts on. */
export interface UiHost {
  /** e.g. { product: {...} }: paths start with the point's object name */
  data: Record<string, unknown>;
  /** the global id a button's mutation acts on */
  id?: string;
  /** the object's version, for mutations that need the version you read */
  version?: number;
  /** the page, revalidated after a button ran */
  returnTo: string;
}

/**
 * Renders a UI schema with the admin's own elements: every value is text (React escapes it), links
 * are admin paths or https URLs (checked by the schema), buttons post to `runExtensionButton`.
 */
export function UiSchemaView({ extensionId, schema, host }: { extensionId: string; schema: UiSchema; host: UiHost }) {
  return <Blocks blocks={schema.blocks} at="" extensionId={extensionId} host={host} />;
}

function Blocks({
  blocks,
  at,
  extensionId,
  host,
}: {
  blocks: UiBlock[];
  at: string;
  extensionId: string;
  host: UiHost;
}) {
  return (
    <>
      {blocks.map((block, index) => {
        const here = at ? `${at}.${index}` : String(index);
        return <Block key={here} block={block} at={here} extensionId={extensionId} host={host} />;
      })}
    </>
  );
}

function Block({ block, at, extensionId, host }: { block: UiBlock; at: string; extensionId: string; host: UiHost }) {
  switch (block.type) {
    case 'card':
      return (
        <div className="card ui-card" data-ui-block="card">
          <h3>{block.title}</h3>
          <Blocks blocks={block.children} at={`${at}.children`} extensionId={extensionId} host={host} />
        </div>
      );
    case 'fields':
      return (
        <dl className="ui-fields" data-ui-block="fields">
          {block.fields.map((field) => (
            <div key={`${field.label}-${field.path}`}>
              <dt>{field.label}</dt>
              <dd>{uiValueText(resolveUiPath(host.data, field.path))}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table': {
      const value = resolveUiPath(host.data, block.rows);
      const rows = Array.isArray(value) ? value.slice(0, UI_SCHEMA_LIMITS.maxRows) : [];
      return (
        <table data-ui-block="table">
          {block.title ? <caption>{block.title}</caption> : null}
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column.path}>{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.length ? (
              rows.map((row, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
                <tr key={index}>
                  {block.columns.map((column) => (
                    <td key={column.path}>{uiValueText(resolveUiPath(row, column.path))}</td>
                  ))}
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={block.columns.length} className="muted">
                  {block.empty ?? 'Nothing yet.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      );
    }
    case 'text':
      return (
        <p className="ui-text" data-ui-block="text">
          {block.text}
        </p>
      );
    case 'link':
      return block.href.startsWith('/') ? (
        <p data-ui-block="link">
          <Link href={block.href}>{block.label}</Link>
        </p>
      ) : (
        <p data-ui-block="link">
          <a href={block.href} target="_blank" rel="noopener noreferrer nofollow">
            {block.label}
          </a>
        </p>
      );
    case 'form':
      // a form layout arranges a page's custom-fields form (formLayoutOf): never rendered as a block
      return null;
    case 'button':
      if (isActionButton(block)) {
        // a plugin's action: told the page's object when there is one; one key per rendering, so a
        // double submit runs it once (the page renders again, with a new key, after it ran)
        return (
          <ActionForm
            label={block.label}
            idPrefix={`ui-${extensionId}-${at}`}
            action={runExtensionButton}
            submit={block.label}
            hidden={{
              extensionId,
              block: at,
              hostId: host.id ?? '',
              idempotencyKey: crypto.randomUUID(),
              returnTo: host.returnTo,
            }}
            fields={[]}
            inline
          />
        );
      }
      return host.id ? (
        <ActionForm
          label={block.label}
          idPrefix={`ui-${extensionId}-${at}`}
          action={runExtensionButton}
          submit={block.label}
          hidden={{
            extensionId,
            block: at,
            hostId: host.id,
            hostVersion: host.version ?? 0,
            returnTo: host.returnTo,
          }}
          fields={[]}
          inline
        />
      ) : null;
  }
}
