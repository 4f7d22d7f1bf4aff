// A Word file's document properties that say where the article belongs: the subject (our DOCX export writes
// the section there) and the keywords (the tags).
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { splitTags } from '../html/sanitizeImportHtml';

export async function docxSectionAndTags(bytes: Uint8Array): Promise<{ section: string; tags: string[] }> {
  const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')?.async('string');
  if (core === undefined) return { section: '', tags: [] };
  const { window } = new JSDOM(core, { contentType: 'application/xml' });
  const property = (namespace: string, name: string) => window.document.getElementsByTagNameNS(namespace, name)[0]?.textContent?.trim() ?? '';
  const section = property('http://purl.org/dc/elements/1.1/', 'subject');
  const tags = splitTags(property('http://schemas.openxmlformats.org/package/2006/metadata/core-properties', 'keywords'));
  window.close();
  return { section, tags };
}
