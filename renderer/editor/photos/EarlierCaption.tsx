// A reused photo arrives without a caption: the one it carries was written for another story. It is offered
// here, under the empty caption box, to take with one click (and edit) — never filled in unasked.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/apiClient';

export function EarlierCaption({ photoId, onUse }: { photoId: number; onUse: (caption: string) => void }) {
  const { t } = useTranslation();
  const [caption, setCaption] = useState('');
  useEffect(() => {
    let current = true;
    // Only a hint: when the photo cannot be read there is simply nothing to offer.
    api.getPhotos({ ids: [photoId] }).then(
      ([photo]) => current && setCaption(photo?.caption.trim() ?? ''),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [photoId]);
  if (!caption) return null;
  return (
    <p className="earlier-caption small" data-testid="earlier-caption">
      <span className="muted">{t('photoPanel.earlierCaption')}</span> <q>{caption}</q>{' '}
      <button type="button" className="quiet" onClick={() => onUse(caption)} data-testid="use-earlier-caption">
        {t('photoPanel.useEarlierCaption')}
      </button>
    </p>
  );
}
