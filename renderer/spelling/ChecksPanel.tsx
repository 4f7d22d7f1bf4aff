// The checks panel beside the editor: how many findings of each kind the article has, the switch that turns
// checking off, and the house tone style. Choosing a kind jumps to its first finding. The counts come from the
// editor's state and keep their identity while typing moves the findings, so the panel re-renders only when a
// count changes.
import { useTranslation } from 'react-i18next';
import { useEditorState } from '@tiptap/react';
import type { Editor } from '@tiptap/core';
import { findingKinds, type ToneStyle } from '../../common/spelling/findings';
import { currentFindings, findingCounts } from '../editor/extensions/spellcheck';
import type { SpellingState } from './useSpelling';
import '../styles/spelling.css';

export function ChecksPanel({ editor, spelling }: { editor: Editor; spelling: SpellingState }) {
  const { t } = useTranslation();
  const { settings } = spelling;
  const enabled = settings?.enabled ?? true;
  const perKind = useEditorState({ editor, selector: ({ editor: current }) => findingCounts(current.state), equalityFn: Object.is });
  const counts = findingKinds.flatMap((kind) => (perKind[kind] ? [{ kind, count: perKind[kind] }] : []));
  const total = counts.reduce((sum, { count }) => sum + count, 0);
  const jumpTo = (kind: string) => {
    const first = currentFindings(editor.state).find((finding) => finding.kind === kind);
    if (first) editor.chain().focus().setTextSelection({ from: first.from, to: first.to }).scrollIntoView().run();
  };

  return (
    <section className="checks-panel" aria-label={t('spelling.panel')} data-testid="checks-panel">
      <h2>
        {t('spelling.panel')}
        {enabled && <span className="checks-total"> · {t('spelling.total', { count: total })}</span>}
      </h2>
      <label className="checks-toggle">
        <input type="checkbox" checked={enabled} disabled={!settings} onChange={(event) => void spelling.changeSettings({ enabled: event.target.checked })} />
        {t('spelling.toggle')}
      </label>
      <label className="checks-tone">
        {t('spelling.toneStyle')}{' '}
        <select value={settings?.toneStyle ?? 'new'} disabled={!settings} onChange={(event) => void spelling.changeSettings({ toneStyle: event.target.value as ToneStyle })}>
          <option value="new">{t('spelling.toneStyleNew')}</option>
          <option value="old">{t('spelling.toneStyleOld')}</option>
        </select>
      </label>
      {enabled && counts.length === 0 && <p className="checks-none">{t('spelling.none')}</p>}
      {enabled && counts.length > 0 && (
        <ul className="checks-counts">
          {counts.map(({ kind, count }) => (
            <li key={kind}>
              <button type="button" onClick={() => jumpTo(kind)} data-check-count={kind}>
                <span className={`checks-swatch checks-swatch-${kind === 'spelling' || kind === 'telex' ? 'spelling' : 'style'}`} aria-hidden="true">
                  {'\u00a0\u00a0\u00a0\u00a0'}
                </span>
                {t(`spelling.kind.${kind}`)} <strong>{count}</strong>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
