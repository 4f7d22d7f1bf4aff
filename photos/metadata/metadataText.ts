// Text from a photo's metadata as it is stored: NFC, trimmed, no control characters. A caption keeps its line
// breaks (as \n); a name or a credit is one line.
import { toNfc } from '../../common/text/nfc';

export function cleanCaption(text: string): string {
  return clean(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function cleanLine(text: string): string {
  return clean(text).replace(/\s+/g, ' ').trim();
}

function clean(text: string): string {
  return toNfc(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}
