// File…: choose where the story goes; it is frozen as it is now and waits in the outbox until that place can
// be reached, even if the app is closed in between.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Destination, OutboxItem } from '../../contract/schemas/outbox';
import { api } from '../api/apiClient';
import { toProblem, type Problem } from '../api/problem';
import { ProblemNotices } from '../components/ProblemNotices';

interface FileDialogProps {
  articleId: number;
  /** Saves pending edits first: what is filed is what is on screen. */
  flush: () => Promise<void>;
  onClose: () => void;
}

export function FileDialog({ articleId, flush, onClose }: FileDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [destinations, setDestinations] = useState<Destination[]>();
  const [chosen, setChosen] = useState('');
  const [filed, setFiled] = useState<OutboxItem>();
  const [problem, setProblem] = useState<Problem>();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    void api.listDestinations({}).then((list) => {
      setDestinations(list);
      setChosen(list[0]?.name ?? '');
    });
    return () => element?.close();
  }, []);

  const file = async () => {
    try {
      setProblem(undefined);
      await flush();
      setFiled(await api.fileArticle({ id: articleId, destination: chosen }));
    } catch (failure) {
      setProblem(toProblem(failure));
    }
  };

  return (
    <dialog ref={dialog} className="export-dialog" aria-labelledby="file-title" onCancel={onClose} data-testid="file-dialog">
      <h2 id="file-title">{t('fileDialog.title')}</h2>
      {destinations && destinations.length === 0 && <p className="muted">{t('fileDialog.noDestinations')}</p>}
      {destinations && destinations.length > 0 && (
        <label className="file-to">
          <span>{t('fileDialog.to')}</span>
          <select value={chosen} onChange={(event) => setChosen(event.target.value)} disabled={filed !== undefined} data-testid="file-destination">
            {destinations.map((destination) => (
              <option key={destination.id} value={destination.name}>
                {destination.name} ({t(`outbox.kinds.${destination.kind}`)})
              </option>
            ))}
          </select>
        </label>
      )}
      {filed && (
        <p role="status" data-testid="file-queued">
          {t('fileDialog.queued', { destination: filed.destination })}
        </p>
      )}
      <ProblemNotices problems={problem ? [problem] : []} onDismiss={() => setProblem(undefined)} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('exportDialog.close')}
        </button>
        {!filed && (
          <button type="button" className="primary" disabled={!chosen} onClick={() => void file()} data-testid="file-start">
            {t('fileDialog.file')}
          </button>
        )}
      </div>
    </dialog>
  );
}
