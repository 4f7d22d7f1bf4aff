// The page's own way to choose files: a hidden file input, opened from code (a button, a menu command) or
// given files directly (tests, drop-in automation). Its value is cleared after each choice, so choosing the
// same file again still reports it.
import { useCallback, useRef, type ReactElement } from 'react';

interface FilePickerOptions {
  accept: string;
  /** Names the input for tests, which hand it files directly. */
  testId: string;
  /** The chosen files; never called with none. */
  onFiles: (files: File[]) => void;
}

export interface FilePicker {
  /** Render once. */
  input: ReactElement;
  open: () => void;
}

export function useFilePicker({ accept, testId, onFiles }: FilePickerOptions): FilePicker {
  const picker = useRef<HTMLInputElement>(null);
  // The latest callback, read when files arrive: the input itself need not change with it.
  const latestOnFiles = useRef(onFiles);
  latestOnFiles.current = onFiles;
  const open = useCallback(() => picker.current?.click(), []);

  const input = (
    <input
      ref={picker}
      type="file"
      accept={accept}
      multiple
      hidden
      data-testid={testId}
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        if (files.length > 0) latestOnFiles.current(files);
      }}
    />
  );
  return { input, open };
}
