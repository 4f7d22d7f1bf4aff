// The headline is one paragraph of text: it wraps like the printed headline but Enter moves on to the body.
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface HeadlineFieldProps {
  value: string;
  onChange: (value: string) => void;
  onEnter: () => void;
}

export function HeadlineField({ value, onChange, onEnter }: HeadlineFieldProps) {
  const { t } = useTranslation();
  const field = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [value]);
  return (
    <textarea
      ref={field}
      className="headline-field"
      rows={1}
      value={value}
      aria-label={t('editor.headlineLabel')}
      placeholder={t('editor.headlinePlaceholder')}
      data-testid="headline"
      onChange={(event) => onChange(event.target.value.replace(/\r?\n/g, ' '))}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
          event.preventDefault();
          onEnter();
        }
      }}
    />
  );
}
