// The checks a reporter sees before handing a report over: no headline or sapo, a figure without its photo,
// caption or credit, a photo the store has lost, more words than the target or well under it. Findings, not refusals: the reporter may
// export anyway (a lost photo will then refuse the export with its own error).
import { documentFigures } from '../../common/text/documentText';
import type { PreflightFinding } from '../../contract/schemas/articleExport';
import type { ExportLibrary } from '../exportLibrary';
import { storePhotoSource, type ExportPhotoSource } from '../photos/exportPhotoSource';

/** A report shorter than this share of its target is flagged: a little under is normal, a third short is not. */
const underTargetShare = 0.8;

export async function preflightArticle(library: ExportLibrary, id: number, photos: ExportPhotoSource = storePhotoSource(library.photos)): Promise<PreflightFinding[]> {
  const article = library.articles.get(id);
  const findings: PreflightFinding[] = [];
  if (article.headline.trim() === '') findings.push({ code: 'emptyHeadline' });
  if (article.sapo.trim() === '') findings.push({ code: 'emptySapo' });
  for (const [index, figure] of documentFigures(article.body).entries()) {
    const number = index + 1;
    const photo = figure.photoId === null ? undefined : photos.record(figure.photoId);
    if (figure.photoId === null) findings.push({ code: 'figureWithoutPhoto', figure: number });
    else if (!photo || !(await photos.file(figure.photoId, 'original'))) findings.push({ code: 'photoMissing', figure: number });
    // What the export prints: the figure's own caption and credit, else its photo's.
    if ((figure.caption.trim() || photo?.caption.trim() || '') === '') findings.push({ code: 'figureWithoutCaption', figure: number });
    if ((figure.credit.trim() || photo?.credit.trim() || '') === '') findings.push({ code: 'figureWithoutCredit', figure: number });
  }
  if (article.targetWords !== null && article.words > article.targetWords) {
    findings.push({ code: 'overTargetLength', words: article.words, target: article.targetWords });
  } else if (article.targetWords !== null && article.words < article.targetWords * underTargetShare) {
    findings.push({ code: 'underTargetLength', words: article.words, target: article.targetWords });
  }
  return findings;
}
