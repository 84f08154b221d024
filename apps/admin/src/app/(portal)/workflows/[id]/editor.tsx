'use client';
import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { basicSetup, EditorView } from 'codemirror';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { type Problem, saveWorkflow, validateSource } from '../actions.ts';

/** A problem's line and column as a range of the document: from the column to the end of its line. */
function toDiagnostic(doc: Text, problem: Problem): Diagnostic {
  const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(problem.column - 1, 0), line.to);
  return { from, to: Math.max(from, line.to), severity: 'error', message: problem.message };
}

/**
 * The YAML editor: syntax highlighting, and the API's own validation (YAML, the published JSON
 * Schema, expressions, scopes, cron) as you type, marked at the line and column of each problem.
 */
export function WorkflowEditor({ id, source, version }: { id: string; source: string; version: number }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const router = useRouter();

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      doc: source,
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        linter(
          async (current) => {
            const text = current.state.doc.toString();
            try {
              const found = await validateSource(text);
              if (current.state.doc.toString() === text) setProblems(found);
              return found.map((problem) => toDiagnostic(current.state.doc, problem));
            } catch {
              return [];
            }
          },
          { delay: 400 },
        ),
        // an explicit tab stop: the editor's scrolling box then has keyboard access that every
        // checker sees (a contenteditable alone is not counted as focusable by axe)
        EditorView.contentAttributes.of({ 'aria-label': 'Workflow YAML', tabindex: '0' }),
      ],
    });
    view.current = editor;
    return () => editor.destroy();
  }, [source]);

  async function save() {
    const text = view.current?.state.doc.toString() ?? '';
    setSaving(true);
    setStatus(null);
    try {
      const outcome = await saveWorkflow(id, text);
      if (outcome.version) {
        setStatus(`Saved as version ${outcome.version}.`);
        router.refresh();
      } else {
        setProblems(outcome.problems);
        setStatus(outcome.messages.length ? `Not saved: ${outcome.messages.join(' ')}` : 'Not saved.');
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <div>
      <div ref={host} className="yaml-editor" data-testid="workflow-editor" style={{ border: '1px solid #d0d5dd' }} />
      <div role="status" aria-live="polite" data-testid="workflow-problems">
        {problems.length === 0 ? (
          <p className="muted">No problems.</p>
        ) : (
          <ul className="errors">
            {problems.map((problem) => (
              <li key={`${problem.line}:${problem.column}:${problem.message}`}>
                Line {problem.line}, column {problem.column}: {problem.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p>
        <button type="button" onClick={save} disabled={saving}>
          {saving ? 'Saving…' : `Save as version ${version + 1}`}
        </button>{' '}
        {status ? <span role="status">{status}</span> : null}
      </p>
    </div>
  );
}
