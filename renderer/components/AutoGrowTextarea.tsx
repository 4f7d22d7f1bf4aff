// A textarea that grows with its text: headline and sapo wrap like print, without a scrollbar.
import { useImperativeHandle, useLayoutEffect, useRef, type Ref, type TextareaHTMLAttributes } from 'react';

type AutoGrowTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & {
  value: string;
  /** The textarea itself, for whoever moves the focus to it. */
  ref?: Ref<HTMLTextAreaElement>;
};

export function AutoGrowTextarea({ value, ref, ...props }: AutoGrowTextareaProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  // Set once mounted, when the textarea exists.
  useImperativeHandle(ref, () => field.current as HTMLTextAreaElement, []);
  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [value]);
  return <textarea ref={field} rows={1} value={value} {...props} />;
}
