// Hands a file the main process made to the browser's own download (the browser app has no save dialog):
// the bytes become a Blob behind a temporary object URL that a download link points at.
import type { ExportedFile } from '../../contract/schemas/articleExport';

export function downloadFile({ fileName, base64 }: ExportedFile): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
