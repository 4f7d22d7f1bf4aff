// One labelled field of a form: the label wraps its control, so a click on the words focuses it and a
// screen reader names the control by them.
import type { InputHTMLAttributes, ReactNode } from 'react';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="field">
      <span>{label}</span>
      {children}
    </label>
  );
}

type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  label: string;
  value: string;
  /** The input's new text, as typed. */
  onValue: (value: string) => void;
};

/** A labelled text input (or date, number… through `type`). */
export function InputField({ label, value, onValue, type = 'text', ...input }: InputFieldProps) {
  return (
    <Field label={label}>
      <input type={type} value={value} {...input} onChange={(event) => onValue(event.target.value)} />
    </Field>
  );
}
