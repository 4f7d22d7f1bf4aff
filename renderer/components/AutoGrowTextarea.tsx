// A textarea that grows with its text: headline and sapo wrap like print, without a scrollbar.
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref, type TextareaHTMLAttributes } from 'react';

type AutoGrowTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value'> & {
  value: string;
  /** The textarea itself, for whoever moves the focus to it. */
  ref?: Ref<HTMLTextAreaElement>;
};

function fitHeight(element: HTMLTextAreaElement): void {
  element.style.height = 'auto';
  element.style.height = `${element.scrollHeight}px`;
}

export function AutoGrowTextarea({ value, ref, ...props }: AutoGrowTextareaProps) {
  const field = useRef<HTMLTextAreaElement>(null);
  // Set once mounted, when the textarea exists.
  useImperativeHandle(ref, () => field.current as HTMLTextAreaElement, []);
  useLayoutEffect(() => {
    if (field.current) fitHeight(field.current);
  }, [value]);
  // Measured before the text font arrived, a sapo that wraps in it kept the fallback font's single line and
  // hid the rest: measure again when a font finishes loading.
  useEffect(() => {
    const element = field.current;
    if (!element) return;
    const fontsLoaded = () => fitHeight(element);
    document.fonts.addEventListener('loadingdone', fontsLoaded);
    // And once now the fonts being loaded are in, should one have arrived between the measure and this effect.
    void document.fonts.ready.then(() => element.isConnected && fitHeight(element));
    return () => document.fonts.removeEventListener('loadingdone', fontsLoaded);
  }, []);
  return <textarea ref={field} rows={1} value={value} {...props} />;
}
