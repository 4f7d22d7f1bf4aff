// One article → one file in a folder, named after its headline, written atomically.
import type { Library } from '../store/library';
import { exporterFor } from './exporters';
import { articleSlug } from './fileName/articleSlug';
import { writeFileAtomically } from './writeFileAtomically';

export interface ExportRequest {
  format: string;
  /** The output folder; created when missing. */
  outDir: string;
}

/** Returns the absolute path of the file written. An existing file of that name is replaced. */
export function exportArticle(library: Library, id: number, { format, outDir }: ExportRequest): string {
  const exporter = exporterFor(format);
  const article = library.articles.get(id);
  const fileName = `${articleSlug(article.headline, article.id)}.${exporter.extension}`;
  return writeFileAtomically(outDir, fileName, exporter.render(article));
}
