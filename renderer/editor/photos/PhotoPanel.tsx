// The open article's photos, in order of appearance: thumbnail, caption, credit, what is missing. Dragging
// an entry moves its figure in the body; every change is an editor transaction, so undo covers it.
import { memo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { moveFigure, removeFigure, setFigureCaption, setFigureCredit } from './figureList';
import { PhotoEntry } from './PhotoEntry';
import { useFigureList } from './useFigureList';

const figureDragType = 'application/x-newsdesk-figure';

// Memoised: its props stay the same while the editor screen re-renders for other reasons.
export const PhotoPanel = memo(function PhotoPanel({ editor, busy }: { editor: Editor; busy: boolean }) {
  const { t } = useTranslation();
  const { figures, refresh, current } = useFigureList(editor);
  const [dragged, setDragged] = useState<number | null>(null);
  const panel = useRef<HTMLElement>(null);
  // Only figures that hold a photo are photos; the others still wait for one.
  const photoCount = figures.filter((figure) => figure.photoId !== null).length;
  const awaiting = figures.length - photoCount;
  // After a remove, the focus goes to the entry now in that place (or the last one, or the panel itself).
  const focusEntryAfterRemove = (index: number) =>
    requestAnimationFrame(() => {
      const buttons = panel.current?.querySelectorAll<HTMLElement>('[data-testid="photo-entry-remove"]') ?? [];
      (buttons[Math.min(index, buttons.length - 1)] ?? panel.current)?.focus();
    });

  const dragHandlers = (index: number) => ({
    onDragStart: (event: DragEvent) => {
      setDragged(index);
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(figureDragType, String(index));
    },
    onDragEnd: () => setDragged(null),
    onDragOver: (event: DragEvent) => {
      if (dragged !== null) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault();
      const from = dragged === null ? undefined : current(dragged);
      const to = current(index);
      setDragged(null);
      if (!from || !to || dragged === index) return;
      moveFigure(editor, from.pos, to.pos, dragged! < index);
      refresh();
    },
  });

  return (
    <section ref={panel} tabIndex={-1} className="photo-panel" aria-label={t('photoPanel.panel')} data-testid="photo-panel">
      <h2>
        {t('photoPanel.panel')} <span className="muted">· {t('photoPanel.count', { count: photoCount })}</span>
        {awaiting > 0 && <span className="muted"> · {t('photoPanel.awaiting', { count: awaiting })}</span>}
      </h2>
      {busy && <p className="muted small">{t('photoPanel.busy')}</p>}
      {figures.length === 0 && <p className="muted small">{t('photoPanel.empty')}</p>}
      <ol className="photo-list">
        {figures.map((figure, index) => (
          <PhotoEntry
            key={`${index}-${figure.photoId ?? 'none'}`}
            figure={figure}
            isDragged={dragged === index}
            drag={dragHandlers(index)}
            onCaption={(caption) => {
              const entry = current(index);
              if (entry) setFigureCaption(editor, entry.pos, caption);
            }}
            onCredit={(credit) => {
              const entry = current(index);
              if (entry) setFigureCredit(editor, entry.pos, credit);
              refresh();
            }}
            onRemove={() => {
              const entry = current(index);
              if (entry) removeFigure(editor, entry.pos);
              refresh();
              focusEntryAfterRemove(index);
            }}
          />
        ))}
      </ol>
    </section>
  );
});
