// When the shell holds a closing window (close, Quit, log-out), every open draft hands over its unsaved text,
// saves it, and the shell is told it may close. A save that fails is not confirmed: the shell's time limit
// then writes the handed-over text aside, to be offered back at the next start.
import { useEffect } from 'react';
import { api, onShellEvent } from '../api/apiClient';
import { openDrafts } from '../editor/openDrafts';

export async function flushForClose(requestId: number): Promise<void> {
  let allSaved = true;
  for (const draft of openDrafts()) {
    const unsaved = draft.unsaved();
    if (!unsaved) continue;
    await api.holdPendingDraft({ requestId, articleId: draft.articleId, changes: unsaved });
    await draft.flush();
    if (draft.unsaved()) allSaved = false;
  }
  if (allSaved) await api.confirmDraftsSaved({ requestId });
}

export function useFlushOnClose(): void {
  useEffect(
    () =>
      onShellEvent('flushDrafts', ({ requestId }) => {
        flushForClose(requestId).catch((failure: unknown) => console.error('newsdesk: could not save before closing:', failure));
      }),
    [],
  );
}
