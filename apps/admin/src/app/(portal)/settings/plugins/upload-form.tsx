'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { Submit } from '@ucos/ui/submit';
import { UnmatchedErrors } from '../../../../components/unmatched-errors.tsx';
import { useFormAction } from '../../../../components/use-form-action.ts';
import { uploadPlugin } from './actions.ts';

const MANIFEST_PLACEHOLDER = `{
  "name": "minimum-order-value",
  "version": "1.0.0",
  "hooks": [{ "point": "checkout.validate", "failurePolicy": "allow", "timeoutMs": 50 }],
  "capabilities": ["log"],
  "configSchema": { "type": "object", "properties": {} }
}`;

/**
 * Manifest and source as text: every manifest problem comes back from the API on its own path and is
 * listed above the button; a source that does not compile is shown under the source.
 */
export function UploadForm() {
  const [state, action] = useFormAction(uploadPlugin);
  const error = (path: string) => state.errors?.[path];
  return (
    <form action={action} aria-label="Upload a plugin" noValidate>
      <div>
        <label htmlFor="plugin-manifest">Manifest (JSON)</label>
        <textarea
          id="plugin-manifest"
          name="manifest"
          rows={10}
          spellCheck={false}
          placeholder={MANIFEST_PLACEHOLDER}
          key={`manifest-${state.values?.manifest ?? ''}`}
          defaultValue={state.values?.manifest ?? ''}
          aria-invalid={error('manifest') ? true : undefined}
          aria-describedby={error('manifest') ? 'plugin-manifest-error' : undefined}
        />
        {error('manifest') ? (
          <p className="field-error" id="plugin-manifest-error" role="alert">
            {error('manifest')}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="plugin-source">Source</label>
        <textarea
          id="plugin-source"
          name="source"
          rows={14}
          spellCheck={false}
          placeholder="export default { 'checkout.validate'(input, ctx) { return { allow: true }; } };"
          key={`source-${state.values?.source ?? ''}`}
          defaultValue={state.values?.source ?? ''}
          aria-invalid={error('source') ? true : undefined}
          aria-describedby={error('source') ? 'plugin-source-error' : undefined}
        />
        {error('source') ? (
          <p className="field-error" id="plugin-source-error" role="alert">
            {error('source')}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="plugin-language">Language</label>
        <select id="plugin-language" name="language" defaultValue={state.values?.language ?? 'TS'}>
          <option value="TS">TypeScript (compiled on upload)</option>
          <option value="JS">JavaScript</option>
        </select>
      </div>
      <UnmatchedErrors errors={state.errors} shown={['manifest', 'source']} />
      <div className="form-actions">
        <Submit>Upload</Submit>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
