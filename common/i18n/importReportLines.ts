// An import's report as lines in the reader's language: the CLI prints them on stderr, the app lists them.
import type { Translate } from './catalog';

export const importNoteCodes = ['convertedFrom', 'legacyFontRuns', 'photosImported', 'photosRefused', 'localImagesUnread', 'remoteImages', 'droppedElements', 'mergedTableCells'] as const;
export type ImportNoteCode = (typeof importNoteCodes)[number];

interface ReportLike {
  notes: readonly { code: ImportNoteCode; params: Record<string, string | number> }[];
  duplicateOf: { headline: string } | null;
}

export function importReportLines(t: Translate, report: ReportLike): string[] {
  const lines = report.notes.map((note) => t(`importNotes.${note.code}`, note.params));
  if (report.duplicateOf) lines.push(t('importNotes.duplicateOf', { headline: report.duplicateOf.headline }));
  return lines;
}
