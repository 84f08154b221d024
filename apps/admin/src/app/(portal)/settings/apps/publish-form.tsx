'use client';
import { useActionState } from 'react';
import { type PublishState, publishManifest } from './actions.ts';

/** Uploads a codegen build's persisted-documents.json as the app's next version; lists every problem. */
export function PublishForm({ appId }: { appId: string }) {
  const [state, action, pending] = useActionState<PublishState, FormData>(publishManifest, {});
  return (
    <form action={action} aria-label="Publish documents">
      <input type="hidden" name="appId" value={appId} />
      <label htmlFor="manifest-file">Manifest (persisted-documents.json)</label>
      <input id="manifest-file" name="manifest" type="file" accept=".json,application/json" />
      <p>
        <button type="submit" disabled={pending}>
          Publish
        </button>
      </p>
      {state.message ? <p role="status">{state.message}</p> : null}
      {state.problems?.length ? (
        <ul className="alert" aria-label="Problems">
          {state.problems.slice(0, 100).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
