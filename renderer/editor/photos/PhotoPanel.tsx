// The open article's photos, in order of appearance: thumbnail, caption, credit, what is missing. Dragging
// an entry moves its figure in the body; every change is an editor transaction, so undo covers it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { photoUrl } from '../../api/apiClient';
import { listFigures, moveFigure, removeFigure, setFigureCaption, setFigureCredit, type FigureEntry } from './figureList';

export function PhotoPanel({ editor, busy }: { editor: Editor; busy: boolean }) {
  const { t } = useTranslation();
  const [figures, setFigures] = useState<FigureEntry[]>(() => listFigures(editor.state.doc));
  const [dragged, setDragged] = useState<number | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Typing in the body changes positions, not figures: refresh once the typing pauses.
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setFigures((previous) => keepIfSame(previous, listFigures(editor.state.doc))), 150);
    };
    editor.on('update', refresh);
    return () => {
      clearTimeout(timer);
      editor.off('update', refresh);
    };
  }, [editor]);

  // Edits act on the figure's current position, not the one remembered at the last refresh.
  const current = (index: number) => listFigures(editor.state.doc)[index];

  return (
    <section className="photo-panel" aria-label={t('photoPanel.panel')} data-testid="photo-panel">
      <h3>
        {t('photoPanel.panel')} <span className="muted">· {t('photoPanel.count', { count: figures.length })}</span>
      </h3>
      {busy && <p className="muted small">{t('photoPanel.busy')}</p>}
      {figures.length === 0 && <p className="muted small">{t('photoPanel.empty')}</p>}
      <ol className="photo-list">
        {figures.map((figure, index) => (
          <li
            key={`${index}-${figure.photoId ?? 'none'}`}
            className={`photo-entry${dragged === index ? ' is-dragged' : ''}`}
            data-testid="photo-entry"
            draggable
            onDragStart={(event) => {
              setDragged(index);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('application/x-newsdesk-figure', String(index));
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => {
              if (dragged !== null) event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              const from = dragged === null ? undefined : current(dragged);
              const to = current(index);
              setDragged(null);
              if (!from || !to || dragged === index) return;
              moveFigure(editor, from.pos, to.pos, dragged! < index);
              setFigures(listFigures(editor.state.doc));
            }}
          >
            <div className="photo-thumb" title={t('photoPanel.move')}>
              {figure.photoId ? <img src={photoUrl(figure.photoId, 'thumb')} alt={figure.caption} draggable={false} /> : <span>{t('photoPanel.noPhoto')}</span>}
            </div>
            <div className="photo-fields">
              <CaptionField
                value={figure.caption}
                label={t('photoPanel.caption')}
                onChange={(caption) => {
                  const entry = current(index);
                  if (entry) setFigureCaption(editor, entry.pos, caption);
                }}
              />
              <input
                type="text"
                value={figure.credit}
                aria-label={t('photoPanel.credit')}
                placeholder={t('photoPanel.credit')}
                data-testid="photo-entry-credit"
                onChange={(event) => {
                  const entry = current(index);
                  if (entry) setFigureCredit(editor, entry.pos, event.target.value);
                  setFigures(listFigures(editor.state.doc));
                }}
              />
              <Warnings figure={figure} />
            </div>
            <button
              type="button"
              className="quiet"
              aria-label={t('photoPanel.remove')}
              title={t('photoPanel.remove')}
              onClick={() => {
                const entry = current(index);
                if (entry) removeFigure(editor, entry.pos);
                setFigures(listFigures(editor.state.doc));
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Positions shift with every keystroke in the body; only what the panel shows decides whether it re-renders. */
function keepIfSame(previous: FigureEntry[], next: FigureEntry[]): FigureEntry[] {
  const same =
    previous.length === next.length &&
    previous.every((entry, index) => {
      const other = next[index]!;
      return entry.photoId === other.photoId && entry.caption === other.caption && entry.credit === other.credit;
    });
  return same ? previous : next;
}

function Warnings({ figure }: { figure: FigureEntry }) {
  const { t } = useTranslation();
  const missing = [
    figure.photoId === null && t('photoPanel.noPhoto'),
    figure.caption.trim() === '' && t('photoPanel.noCaption'),
    figure.credit.trim() === '' && t('photoPanel.noCredit'),
  ].filter((item): item is string => Boolean(item));
  if (missing.length === 0) return null;
  return (
    <ul className="photo-warnings" data-testid="photo-warnings">
      {missing.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** A caption being typed (an IME composing, say) is never overwritten by the refresh from the document. */
function CaptionField({ value, label, onChange }: { value: string; label: string; onChange: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  return (
    <textarea
      rows={2}
      value={draft}
      aria-label={label}
      placeholder={label}
      data-testid="photo-entry-caption"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onChange={(event) => {
        setDraft(event.target.value);
        onChange(event.target.value);
      }}
    />
  );
}
