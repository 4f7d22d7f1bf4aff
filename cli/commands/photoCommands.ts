// photo add, photo list: the photos of an article from the command line.
import type { Command } from 'commander';
import { appendFigures, type FigureFields } from '../../common/document/figure';
import { translateError } from '../../common/i18n/catalog';
import type { Photo } from '../../contract/schemas/photo';
import { parseArticleId } from '../arguments';
import type { WithLibraryAsync } from '../libraryAccess';
import { printJson, printLine, t } from '../output';

export function registerPhotoCommands(program: Command, withLibrary: WithLibraryAsync): void {
  const photo = program.command('photo').description('the photos of an article');

  photo
    .command('add')
    .description('import photos and append a figure for each to the article; prints one photo id per line')
    .argument('<id>', 'article id')
    .argument('<files...>', 'photo files (JPEG, PNG, WebP, TIFF, AVIF)')
    .option('--caption <text>', 'the caption of every figure added (default: the photo’s own caption)')
    .option('--credit <text>', 'the credit of every figure added (default: the photo’s own credit)')
    .action(async (id: string, files: string[], options: { caption?: string; credit?: string }) => {
      await withLibrary(async (library) => {
        const articleId = parseArticleId(id);
        library.articles.get(articleId); // an unknown article is refused before any photo is imported
        const outcomes = await library.photos.importPhotos(files);
        const figures: FigureFields[] = [];
        for (const outcome of outcomes) {
          if (!outcome.ok) continue;
          // An explicit caption or credit is the figure's, and so the photo's own from now on, as in the editor.
          const given = { caption: options.caption, credit: options.credit };
          const photo = given.caption !== undefined || given.credit !== undefined ? library.photos.update(outcome.photo.id, given) : outcome.photo;
          figures.push({ photoId: photo.id, caption: photo.caption, credit: photo.credit });
        }
        if (figures.length > 0) {
          const { body } = library.articles.get(articleId);
          library.articles.update(articleId, { body: appendFigures(body, figures) }, { sealPrevious: true });
        }
        for (const figure of figures) printLine(String(figure.photoId));
        for (const outcome of outcomes) {
          if (!outcome.ok) process.stderr.write(`newsdesk: ${translateError(t, outcome.error.code, outcome.error.params)}\n`);
        }
        if (figures.length < outcomes.length) process.exitCode = 1;
      });
    });

  registerPhotoCleanup(photo, withLibrary);

  photo
    .command('list')
    .description('list the photos an article uses, in order of appearance')
    .argument('<id>', 'article id')
    .option('--json', 'print one JSON document')
    .action(async (id: string, options: { json?: boolean }) => {
      await withLibrary(async (library) => {
        const photos = library.photos.listOfArticle(parseArticleId(id));
        if (options.json) return printJson(photos);
        for (const photo of photos) printLine(photoLine(photo));
      });
    });
}

function registerPhotoCleanup(photo: Command, withLibrary: WithLibraryAsync): void {
  photo
    .command('cleanup')
    .description('delete the stored photos no article uses any more (trashed articles still count) and print their ids')
    .action(async () => {
      await withLibrary(async (library) => {
        const { removed } = await library.photos.removeUnreferenced();
        for (const id of removed) printLine(String(id));
      });
    });
}

function photoLine(photo: Photo): string {
  const caption = photo.caption.replace(/\n/g, ' ') || '—';
  return [String(photo.id).padStart(5), `${photo.width}×${photo.height}`.padEnd(11), photo.name, caption, photo.credit].filter(Boolean).join('  ');
}
