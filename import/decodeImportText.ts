// A file's content as text we are willing to store: UTF-8 (bytes are decoded strictly, a BOM is dropped) and
// free of what only binary data holds. Text that reached us already decoded (the renderer reads files with
// File.text()) carries U+FFFD where its bytes were not UTF-8, so that is refused too.
import { NewsdeskError } from '../common/errors/newsdeskError';

export type ImportContent = string | Uint8Array;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** NUL and the other C0/C1 controls except tab, line feed, vertical tab, form feed and carriage return; DEL;
 * the replacement character; a UTF-16 surrogate without its pair. */
const notText = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function decodeImportText(fileName: string, content: ImportContent): string {
  let text: string;
  if (typeof content === 'string') {
    text = content.replace(/^\ufeff/u, '');
  } else {
    try {
      text = strictUtf8.decode(content);
    } catch {
      throw notTextError(fileName);
    }
  }
  if (notText.test(text)) throw notTextError(fileName);
  return text;
}

function notTextError(fileName: string): NewsdeskError {
  return new NewsdeskError('importNotText', { file: fileName }, `${fileName} is not UTF-8 text`);
}
