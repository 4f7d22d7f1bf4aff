// One figure in the photo panel: its thumbnail (the handle to drag it by), caption, credit, what is missing,
// and a button to remove it from the body.
import { useEffect, useState, type DragEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { photoUrl } from '../../api/apiClient';
import { EarlierCaption } from './EarlierCaption';
import type { FigureEntry } from './figureList';

interface PhotoEntryProps {
  figure: FigureEntry;
  isDragged: boolean;
  drag: { onDragStart: DragEventHandler; onDragEnd: DragEventHandler; onDragOver: DragEventHandler; onDrop: DragEventHandler };
  onCaption: (caption: string) => void;
  onCredit: (credit: string) => void;
  onRemove: () => void;
}

export function PhotoEntry({ figure, isDragged, drag, onCaption, onCredit, onRemove }: PhotoEntryProps) {
  const { t } = useTranslation();
  return (
    <li className={`photo-entry${isDragged ? ' is-dragged' : ''}`} data-testid="photo-entry" draggable {...drag}>
      <div className="photo-thumb" title={t('photoPanel.move')}>
        {figure.photoId ? <img src={photoUrl(figure.photoId, 'thumb')} alt={figure.caption} draggable={false} /> : <span>{t('photoPanel.noPhoto')}</span>}
      </div>
      <div className="photo-fields">
        <CaptionField value={figure.caption} label={t('photoPanel.caption')} onChange={onCaption} />
        {figure.photoId !== null && figure.caption.trim() === '' && <EarlierCaption photoId={figure.photoId} onUse={onCaption} />}
        <input
          type="text"
          value={figure.credit}
          aria-label={t('photoPanel.credit')}
          placeholder={t('photoPanel.credit')}
          data-testid="photo-entry-credit"
          onChange={(event) => onCredit(event.target.value)}
        />
        <Warnings figure={figure} />
      </div>
      <button
        type="button"
        className="quiet"
        aria-label={t('photoPanel.remove')} title={t('photoPanel.remove')}
        onClick={onRemove}
        data-testid="photo-entry-remove"
      >
        ×
      </button>
    </li>
  );
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
