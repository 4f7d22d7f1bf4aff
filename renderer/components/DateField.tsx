// A date typed day first (22/06/2024) with a small calendar beside it (react-day-picker, in the reader's
// language, loaded when first opened). The field holds what is typed; the stored ISO date changes only when
// the text is a real date (or empty), and a text that is not one is marked invalid instead of being thrown away.
import { lazy, Suspense, useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTextToIso, isoToDateText, localDateToIso } from './dateText';

const loadPopover = () => import('./DatePopover');
const DatePopover = lazy(loadPopover);

type DateFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'min' | 'max'> & {
  label: string;
  /** ISO date, or '' for none. */
  value: string;
  onValue: (iso: string) => void;
  /** The earliest and latest ISO dates the calendar offers. */
  min?: string;
  max?: string;
  className?: string;
};

export function DateField({ label, value, onValue, min, max, className = 'field', ...input }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(isoToDateText(value));
  const [open, setOpen] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const calendarId = useId();
  const invalid = dateTextToIso(text) === undefined;

  // A change from outside (the calendar, cleared filters) shows at once, unless the reader is typing.
  useEffect(() => {
    if (document.activeElement !== field.current) setText(isoToDateText(value));
  }, [value]);

  const choose = (date: Date | undefined) => {
    const iso = date ? localDateToIso(date) : '';
    setText(isoToDateText(iso));
    onValue(iso);
    setOpen(false);
    field.current?.focus();
  };

  return (
    <div className={`${className} date-field`}>
      <label>
        <span>{label}</span>
        <span className="date-input">
          <input
            ref={field}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            placeholder={t('dateField.placeholder')}
            value={text}
            aria-invalid={invalid || undefined}
            {...input}
            onChange={(event) => {
              setText(event.target.value);
              const iso = dateTextToIso(event.target.value);
              if (iso !== undefined && iso !== value) onValue(iso);
            }}
            onBlur={() => {
              if (!invalid) setText(isoToDateText(value));
            }}
          />
          <button
            type="button"
            className="quiet date-toggle"
            aria-label={t('dateField.calendar', { label })}
            title={t('dateField.calendar', { label })}
            aria-expanded={open}
            aria-controls={open ? calendarId : undefined}
            onClick={() => setOpen((was) => !was)}
            // Fetch the calendar while the pointer or the focus is on its button, before the click.
            onPointerEnter={() => void loadPopover()}
            onFocus={() => void loadPopover()}
          >
            <CalendarIcon />
          </button>
        </span>
      </label>
      {invalid && <span className="field-error">{t('dateField.invalid')}</span>}
      {open && (
        // The popover appears with its calendar, not empty before the calendar's code has arrived.
        <Suspense fallback={null}>
          <div
            id={calendarId}
            className="date-popover"
            role="dialog"
            aria-label={label}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              setOpen(false);
              field.current?.focus();
            }}
          >
            <DatePopover language={i18n.language} value={value} min={min} max={max} onSelect={choose} />
          </div>
        </Suspense>
      )}
    </div>
  );
}

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}
