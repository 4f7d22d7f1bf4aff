// The process the crash tests kill with SIGKILL at random moments (bench/lib/crashKills.ts starts it):
//   node crash.worker.cjs autosave <data dir> <article id>   saves the article as the editor's autosave does
//                                                             (what the handler table's updateArticle runs:
//                                                             one write transaction with the figures' text),
//                                                             forever, printing each save's number once done;
//   node crash.worker.cjs photos <data dir> <photo>…          imports the photos one after another, forever,
//                                                             each with a fresh byte so it is a new photo.
import fs from 'node:fs';
import { openLibrary } from '../library/openLibrary';
import { adoptFigureText } from '../photos/adoptFigureText';
import { writeTransaction } from '../store/writeTransaction';
import { autosaveBody, savedNumber } from './lib/crashArticle';

const [mode, dataDir, ...rest] = process.argv.slice(2);
if (!dataDir || (mode !== 'autosave' && mode !== 'photos')) throw new Error('usage: crash.worker <autosave|photos> <data dir> …');
const library = openLibrary(dataDir);

if (mode === 'autosave') {
  const id = Number(rest[0]);
  // Numbers go on from what the library holds, so they only grow across kills.
  for (let save = savedNumber(library.articles.get(id).headline) + 1; ; save++) {
    const body = autosaveBody(save);
    writeTransaction(library.db, () => {
      library.articles.update(id, { headline: `Lần lưu ${save}`, body });
      adoptFigureText(library.photos, body);
    });
    fs.writeSync(1, `${save}\n`);
  }
} else {
  void importForever(rest.map((file) => fs.readFileSync(file)));
}

async function importForever(originals: Buffer[]): Promise<never> {
  for (let round = 0; ; round++) {
    const original = originals[round % originals.length]!;
    // JPEG ignores bytes after its end marker: a new trailing byte pattern makes a new photo (a new hash).
    const bytes = Buffer.concat([original, Buffer.from(`${process.pid}-${round}`)]);
    const [outcome] = await library.photos.importPhotos([{ name: `ảnh-${round}.jpg`, bytes }]);
    if (!outcome?.ok) throw new Error(`import failed: ${JSON.stringify(outcome)}`);
    fs.writeSync(1, `${outcome.photo.id}\n`);
  }
}
