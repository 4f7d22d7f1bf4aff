// A file's content as text we are willing to store, and the encoding it was in: UTF-8 or UTF-16 by their
// byte-order marks, valid UTF-8, else a legacy Vietnamese encoding that clearly fits (import/encodings/);
// stored NFC and free of what only binary data holds. Text that reached us already decoded (an older
// renderer read files with File.text()) carries U+FFFD where its bytes were not UTF-8, so that is refused too.
import { NewsdeskError } from '../common/errors/newsdeskError';
import { detectTextEncoding, textEncodingsTried, type TextEncoding } from './encodings/detectTextEncoding';

export type ImportContent = string | Uint8Array;

export interface DecodedImportText {
  text: string;
  encoding: TextEncoding;
}

/** NUL and the other C0/C1 controls except tab, line feed, vertical tab, form feed and carriage return; DEL;
 * the replacement character; a UTF-16 surrogate without its pair. */
const notText = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function decodeImportText(fileName: string, content: ImportContent): string {
  return decodeImportTextWithEncoding(fileName, content).text;
}

export function decodeImportTextWithEncoding(fileName: string, content: ImportContent): DecodedImportText {
  const decoded = typeof content === 'string' ? { text: content.replace(/^\ufeff/u, ''), encoding: 'UTF-8' as const } : detectTextEncoding(content);
  if (!decoded || notText.test(decoded.text)) throw notTextError(fileName);
  return { text: decoded.text.normalize('NFC'), encoding: decoded.encoding };
}

function notTextError(fileName: string): NewsdeskError {
  const encodings = textEncodingsTried.join(', ');
  return new NewsdeskError('importNotText', { file: fileName, encodings }, `${fileName} is not text in ${encodings}`);
}
