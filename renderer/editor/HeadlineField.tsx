// The headline is one paragraph of text: it wraps like the printed headline but Enter moves on to the body,
// and Escape goes back to the library.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { AutoGrowTextarea } from '../components/AutoGrowTextarea';

interface HeadlineFieldProps {
  value: string;
  onChange: (value: string) => void;
  onEnter: () => void;
  onEscape: () => void;
  ref?: Ref<HTMLTextAreaElement>;
}

export function HeadlineField({ value, onChange, onEnter, onEscape, ref }: HeadlineFieldProps) {
  const { t } = useTranslation();
  return (
    <AutoGrowTextarea
      ref={ref}
      className="headline-field"
      value={value}
      aria-label={t('editor.headlineLabel')}
      placeholder={t('editor.headlinePlaceholder')}
      data-testid="headline"
      onChange={(event) => onChange(event.target.value.replace(/\r?\n/g, ' '))}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          onEnter();
        } else if (event.key === 'Escape' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          onEscape();
        }
      }}
    />
  );
}
