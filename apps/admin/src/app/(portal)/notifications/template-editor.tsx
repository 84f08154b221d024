'use client';
import { FormFeedback } from '@ucos/ui/feedback';
import { useEffect, useState } from 'react';
import { UnmatchedErrors } from '../../../components/unmatched-errors.tsx';
import { useFormAction } from '../../../components/use-form-action.ts';
import { type PreviewResult, previewTemplate, resetTemplate, saveTemplate } from './actions.ts';

interface Parts {
  subject: string;
  mjml: string;
  text: string;
}

/**
 * The template editor: subject, MJML and text, previewed as you type (rendered by the API with the
 * template's sample data, or the JSON given) in a sandboxed iframe — no scripts, no same origin.
 */
export function TemplateEditor({
  templateKey,
  locale,
  overridden,
  initial,
  sampleData: initialSample,
}: {
  templateKey: string;
  locale: string;
  overridden: boolean;
  initial: Parts;
  sampleData: string;
}) {
  const [parts, setParts] = useState<Parts>(initial);
  const [sampleData, setSampleData] = useState(initialSample);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [saveState, saveAction] = useFormAction(saveTemplate);
  const [resetState, resetAction] = useFormAction(resetTemplate);

  // a reset answers with the built-in parts: edit from those
  useEffect(() => {
    const values = resetState.ok ? resetState.values : undefined;
    if (values) setParts({ subject: values.subject ?? '', mjml: values.mjml ?? '', text: values.text ?? '' });
  }, [resetState]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      previewTemplate({ key: templateKey, locale, ...parts, sampleData }).then((result) => {
        if (current) setPreview(result);
      });
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [templateKey, locale, parts, sampleData]);

  const change = (name: keyof Parts) => (event: { target: { value: string } }) =>
    setParts((previous) => ({ ...previous, [name]: event.target.value }));
  const errorOf = (name: string) => saveState.errors?.[name];

  return (
    <div className="template-editor" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '1.5rem' }}>
      <div>
        <form action={saveAction} aria-label="Template" noValidate>
          <input type="hidden" name="key" value={templateKey} />
          <input type="hidden" name="locale" value={locale} />
          <p>
            <label htmlFor="template-subject">Subject</label>
            <input id="template-subject" name="subject" value={parts.subject} onChange={change('subject')} />
            {errorOf('subject') ? <span role="alert">{errorOf('subject')}</span> : null}
          </p>
          <p>
            <label htmlFor="template-mjml">MJML body</label>
            <textarea
              id="template-mjml"
              name="mjml"
              rows={18}
              value={parts.mjml}
              onChange={change('mjml')}
              spellCheck={false}
            />
            {errorOf('mjml') ? <span role="alert">{errorOf('mjml')}</span> : null}
          </p>
          <p>
            <label htmlFor="template-text">Text body</label>
            <textarea
              id="template-text"
              name="text"
              rows={8}
              value={parts.text}
              onChange={change('text')}
              spellCheck={false}
            />
            {errorOf('text') ? <span role="alert">{errorOf('text')}</span> : null}
          </p>
          <UnmatchedErrors errors={saveState.errors} shown={['subject', 'mjml', 'text']} />
          <div className="form-actions">
            <button type="submit">Save</button>
            <FormFeedback state={saveState} />
          </div>
        </form>
        <details>
          <summary>Sample data (JSON)</summary>
          <label htmlFor="template-sample" className="muted">
            What the preview renders
          </label>
          <textarea
            id="template-sample"
            rows={10}
            value={sampleData}
            onChange={(event) => setSampleData(event.target.value)}
            spellCheck={false}
          />
        </details>
        {overridden || resetState.ok ? (
          <form action={resetAction} aria-label="Reset template">
            <input type="hidden" name="key" value={templateKey} />
            <input type="hidden" name="locale" value={locale} />
            <div className="form-actions">
              <button type="submit" className="secondary">
                Reset to default
              </button>
              <FormFeedback state={resetState} />
            </div>
          </form>
        ) : null}
      </div>
      <section aria-label="Preview">
        <h2>Preview</h2>
        {preview?.problems.length ? (
          // the alert wraps the list: role="alert" on the <ul> itself would take its list role away
          <div role="alert" data-testid="preview-problems">
            <ul>
              {preview.problems.map((problem) => (
                <li key={`${problem.part}-${problem.line}-${problem.column}-${problem.message}`}>
                  {problem.part.toLowerCase()}
                  {problem.line !== null ? ` (line ${problem.line}, column ${problem.column ?? 1})` : ''}:{' '}
                  {problem.message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <p>
          <strong data-testid="preview-subject">{preview?.subject ?? ''}</strong>
        </p>
        <iframe
          title="HTML preview"
          sandbox=""
          srcDoc={preview?.html ?? ''}
          style={{ width: '100%', minHeight: '480px', border: '1px solid #e4e7eb', background: '#fff' }}
        />
        <pre data-testid="preview-text" style={{ whiteSpace: 'pre-wrap' }}>
          {preview?.text ?? ''}
        </pre>
      </section>
    </div>
  );
}
