// Sets, changes or removes the link on the selection. Only web and e-mail addresses are accepted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { normaliseLinkInput } from '../extensions/safeLink';
import { useModalDialog } from '../../components/useModalDialog';

export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useModalDialog();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(current);
  const [invalid, setInvalid] = useState(false);


  const apply = () => {
    const href = normaliseLinkInput(value);
    if (!href) {
      setInvalid(true);
      return;
    }
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onClose();
  };

  return (
    <dialog ref={dialog} className="link-dialog" aria-labelledby="link-title" onCancel={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <h2 id="link-title">{t('link.title')}</h2>
        <label className="field">
          <span>{t('link.urlLabel')}</span>
          <input
            autoFocus
            type="text"
            inputMode="url"
            value={value}
            aria-invalid={invalid}
            data-testid="link-input"
            onChange={(event) => {
              setValue(event.target.value);
              setInvalid(false);
            }}
          />
        </label>
        {invalid && (
          <p className="field-error" role="alert">
            {t('link.invalid')}
          </p>
        )}
        <div className="dialog-actions">
          {current && (
            <button
              type="button"
              className="quiet"
              onClick={() => {
                editor.chain().focus().extendMarkRange('link').unsetLink().run();
                onClose();
              }}
            >
              {t('link.remove')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('link.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('link.apply')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
