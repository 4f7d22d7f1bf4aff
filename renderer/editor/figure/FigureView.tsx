// The figure as the reporter sees it: the photo (or an "Add photo" action while it awaits one), the caption
// as ordinary editable text below it, and the photo credit. Drag the handle to move the figure.
import { useTranslation } from 'react-i18next';
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useFigureHost } from './figureHost';

export function FigureView({ node, editor, updateAttributes, getPos, deleteNode, selected }: ReactNodeViewProps) {
  const { t } = useTranslation();
  const host = useFigureHost();
  const photoId = node.attrs.photoId as number | null;
  const credit = node.attrs.credit as string;
  const captionEmpty = node.content.size === 0;

  return (
    <NodeViewWrapper as="figure" className={`figure${selected ? ' is-selected' : ''}`} data-photo-id={photoId ?? undefined}>
      <div className="figure-media" contentEditable={false}>
        {photoId && host ? (
          <img src={host.photoSrc(photoId, 'display')} alt={node.textContent} draggable={false} />
        ) : (
          <div className="figure-placeholder">
            <span className="muted">{t('figure.awaitingPhoto')}</span>
            <button
              type="button"
              className="primary"
              data-testid="figure-add-photo"
              onClick={() => {
                const pos = getPos();
                if (typeof pos === 'number') host?.addPhoto(pos);
              }}
            >
              {t('figure.addPhoto')}
            </button>
          </div>
        )}
        <div className="figure-tools">
          <span className="figure-handle" data-drag-handle draggable title={t('figure.move')} aria-label={t('figure.move')}>
            ⠿
          </span>
          <button
            type="button"
            className="quiet"
            title={t('figure.remove')}
            aria-label={t('figure.remove')}
            onClick={() => {
              // The caret takes the figure's place, so the focus does not drop to the page with the button.
              const pos = getPos();
              deleteNode();
              editor.commands.focus(typeof pos === 'number' ? Math.min(pos, editor.state.doc.content.size) : 'end');
            }}
          >
            ×
          </button>
        </div>
      </div>
      <NodeViewContent<'figcaption'>
        as="figcaption"
        className={`figure-caption${captionEmpty ? ' is-empty' : ''}`}
        data-placeholder={t('figure.captionPlaceholder')}
      />
      <div className="figure-credit" contentEditable={false}>
        <input
          type="text"
          value={credit}
          placeholder={t('figure.creditPlaceholder')}
          aria-label={t('figure.creditLabel')}
          data-testid="figure-credit"
          onChange={(event) => updateAttributes({ credit: event.target.value })}
        />
      </div>
    </NodeViewWrapper>
  );
}
