// Where new photos go in the report: a new figure at the selection or drop point, or into a figure that
// awaits its photo. The photos come from the shell's dialog inside Electron, else from the page's files.
import { useCallback, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Photo } from '../../contract/schemas/photo';
import { hasNativePhotoDialog } from '../api/apiClient';
import type { Problem } from '../api/problem';
import { withoutProblem } from '../components/ProblemNotices';
import { useFilePicker } from '../components/useFilePicker';
import { importPhotoFiles, importPhotosFromShellDialog, type ImportedPhotos } from '../photos/importPhotos';
import { captionContent } from './extensions/figure';

type Target = { kind: 'insert'; pos: number | null } | { kind: 'attach'; pos: number };

const photoAccept = 'image/jpeg,image/png,image/webp,image/tiff,image/heic,image/heif,image/avif,.jpg,.jpeg,.png,.webp,.tif,.tiff,.heic,.heif,.avif';

export interface PhotoPlacement {
  /** Render once: the hidden file input the browser harness picks photos with. */
  input: React.ReactElement;
  pickForInsert: () => void;
  pickForFigure: (figurePos: number) => void;
  placeFiles: (files: File[], pos: number | null) => void;
  busy: boolean;
  errors: Problem[];
  dismissError: (index: number) => void;
}

/**
 * A new photo's own caption (from its file) fills the figure; a reused photo's caption was written for
 * another story, so it is only offered in the photo panel (EarlierCaption), never filled in.
 */
function ownCaption(imported: ImportedPhotos, photo: Photo): string {
  return imported.reused.has(photo.id) ? '' : photo.caption;
}

export function usePhotoPlacement(articleId: number, editor: () => Editor | null): PhotoPlacement {
  const target = useRef<Target>({ kind: 'insert', pos: null });
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Problem[]>([]);

  const place = useCallback(
    (imported: ImportedPhotos, where: Target) => {
      setErrors(imported.errors);
      const current = editor();
      if (!current || imported.photos.length === 0) return;
      let photos: Photo[] = imported.photos;
      if (where.kind === 'attach') {
        const [first, ...rest] = photos;
        current.commands.attachPhotoToFigure(where.pos, { photoId: first!.id, caption: ownCaption(imported, first!), credit: first!.credit });
        photos = rest;
        if (photos.length === 0) return;
        const node = current.state.doc.nodeAt(where.pos);
        where = { kind: 'insert', pos: where.pos + (node?.nodeSize ?? 0) };
      }
      const figures = photos.map((photo) => ({
        type: 'figure',
        attrs: { photoId: photo.id, credit: photo.credit },
        content: ownCaption(imported, photo) ? captionContent(photo.caption) : [],
      }));
      if (where.pos === null) current.chain().focus().insertContent(figures).run();
      else current.chain().insertContentAt(where.pos, figures).run();
    },
    [editor],
  );

  const run = useCallback(
    async (where: Target, files?: File[]) => {
      setBusy(true);
      try {
        place(files ? await importPhotoFiles(articleId, files) : await importPhotosFromShellDialog(articleId), where);
      } finally {
        setBusy(false);
      }
    },
    [articleId, place],
  );

  const picker = useFilePicker({ accept: photoAccept, testId: 'photo-input', onFiles: (files) => void run(target.current, files) });
  const openPicker = picker.open;

  const pick = useCallback(
    (where: Target) => {
      if (hasNativePhotoDialog) {
        void run(where);
        return;
      }
      target.current = where;
      openPicker();
    },
    [run, openPicker],
  );

  // Stable functions: the toolbar and the 40 figure views of a long report must not re-render with every render here.
  const pickForInsert = useCallback(() => pick({ kind: 'insert', pos: null }), [pick]);
  const pickForFigure = useCallback((pos: number) => pick({ kind: 'attach', pos }), [pick]);
  const placeFiles = useCallback((files: File[], pos: number | null) => void run({ kind: 'insert', pos }, files), [run]);
  const dismissError = useCallback((index: number) => setErrors((list) => withoutProblem(list, index)), []);
  return { input: picker.input, pickForInsert, pickForFigure, placeFiles, busy, errors, dismissError };
}
