// The articles open for editing right now, for a closing window to save: each says what it has not saved
// yet (as full article changes, body included) and how to save it now.
import type { ArticleChanges } from '../../contract/schemas/article';

export interface OpenDraft {
  articleId: number;
  /** What is not known saved, or undefined when everything is. */
  unsaved(): ArticleChanges | undefined;
  /** Saves what is pending; resolves when nothing is in flight (a failed save leaves it unsaved). */
  flush(): Promise<void>;
}

const open = new Set<OpenDraft>();

/** Registers a draft for the closing window's flush; returns its unregister. */
export function registerOpenDraft(draft: OpenDraft): () => void {
  open.add(draft);
  return () => open.delete(draft);
}

export function openDrafts(): OpenDraft[] {
  return [...open];
}
