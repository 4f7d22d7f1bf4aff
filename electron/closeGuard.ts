// Holds a closing window, and with it a quit or an OS log-out, until the renderer says its pending text is
// saved. The page gets a flush request; it hands over the text not yet saved (holdPendingDraft), saves it and
// confirms (confirmDraftsSaved). With no confirmation in time the window closes anyway and the text it handed
// over is written aside (library/draftRecovery.ts), for the next start to offer back.
import { app, type BrowserWindow } from 'electron';
import type { ArticleChanges } from '../contract/schemas/article';
import type { CloseHold } from '../handlers/draftHandlers';
import type { DraftRecovery } from '../library/draftRecovery';
import { sendEvent } from './sendEvent';

/** Long enough for a save of a long article on a slow disk, short enough that a stuck page does not hang a log-out. */
export const closeTimeoutMs = 5000;

interface HeldClose {
  window: BrowserWindow;
  timer: ReturnType<typeof setTimeout>;
  drafts: Map<number, ArticleChanges>;
}

export interface CloseGuard {
  /** The handler table's side: the page's handed-over text and its confirmation. */
  hold: CloseHold;
  /** Holds this window's closes from now on. */
  guard(window: BrowserWindow): void;
}

export function createCloseGuard(recovery: DraftRecovery, timeoutMs = closeTimeoutMs): CloseGuard {
  let nextRequestId = 1;
  const held = new Map<number, HeldClose>();
  const released = new WeakSet<BrowserWindow>();
  let quitting = false;
  // A prevented close cancels a quit in progress, so the quit is asked for again once the window may go.
  app.on('before-quit', () => {
    quitting = true;
  });

  function release(requestId: number, writeAside: boolean): boolean {
    const close = held.get(requestId);
    if (!close) return false;
    held.delete(requestId);
    clearTimeout(close.timer);
    if (writeAside) {
      for (const [articleId, changes] of close.drafts) {
        try {
          recovery.write(articleId, changes);
        } catch (error) {
          console.error('newsdesk: could not write the unsaved text aside:', error);
        }
      }
    }
    released.add(close.window);
    if (!close.window.isDestroyed()) close.window.close();
    if (quitting) app.quit();
    return true;
  }

  function requestFlush(window: BrowserWindow): void {
    if ([...held.values()].some((close) => close.window === window)) return;
    // A page that is gone has nothing left to save, and cannot answer.
    if (window.webContents.isDestroyed() || window.webContents.isCrashed()) {
      released.add(window);
      window.close();
      if (quitting) app.quit();
      return;
    }
    const requestId = nextRequestId++;
    held.set(requestId, { window, drafts: new Map(), timer: setTimeout(() => release(requestId, true), timeoutMs) });
    sendEvent(window.webContents, 'flushDrafts', { requestId });
  }

  return {
    hold: {
      hold: (requestId, articleId, changes) => {
        const close = held.get(requestId);
        close?.drafts.set(articleId, { ...close.drafts.get(articleId), ...changes });
        return close !== undefined;
      },
      confirm: (requestId) => release(requestId, false),
    },
    guard(window) {
      window.on('close', (event) => {
        if (released.has(window)) return;
        event.preventDefault();
        requestFlush(window);
      });
      // Windows asks before a log-out or shutdown: delayed while the page saves, as for a close.
      window.on('query-session-end', (event) => {
        if (released.has(window)) return;
        event.preventDefault();
        requestFlush(window);
      });
    },
  };
}
