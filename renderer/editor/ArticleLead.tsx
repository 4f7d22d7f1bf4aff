// Headline and sapo above the body. Each wraps like print; Enter moves on: headline → sapo → body.
import { useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '@tiptap/core';
import { AutoGrowTextarea } from '../components/AutoGrowTextarea';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { HeadlineField } from './HeadlineField';

interface ArticleLeadProps {
  initialHeadline: string;
  initialSapo: string;
  /** The body, where Enter in the sapo goes; null until it exists. */
  editor: Editor | null;
  onChange: (changes: { headline: string } | { sapo: string }) => void;
  /** Escape in the headline: back to the library. */
  onEscape: () => void;
  headlineRef: Ref<HTMLTextAreaElement>;
}

export function ArticleLead({ initialHeadline, initialSapo, editor, onChange, onEscape, headlineRef }: ArticleLeadProps) {
  const { t } = useTranslation();
  const [headline, setHeadline] = useState(initialHeadline);
  const [sapo, setSapo] = useState(initialSapo);
  const sapoField = useRef<HTMLTextAreaElement>(null);
  useDocumentTitle(headline);

  return (
    <>
      <HeadlineField
        ref={headlineRef}
        value={headline}
        onEscape={onEscape}
        onChange={(value) => {
          setHeadline(value);
          onChange({ headline: value });
        }}
        onEnter={() => sapoField.current?.focus()}
      />
      <AutoGrowTextarea
        ref={sapoField}
        className="sapo-field"
        value={sapo}
        aria-label={t('details.sapo')}
        placeholder={t('details.sapoPlaceholder')}
        data-testid="sapo"
        onChange={(event) => {
          setSapo(event.target.value);
          onChange({ sapo: event.target.value });
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && editor) {
            event.preventDefault();
            // Synchronously, inside the keydown: TipTap's focus() waits a frame and fast typing would land here.
            editor.view.focus();
            editor.commands.setTextSelection(1);
          }
        }}
      />
    </>
  );
}
