// The spelling worker: holds the language's lexicon and a checker, and checks the block texts the editor
// sends (only those it has not seen), so typing never waits on the dictionary. The dictionaries are fetched
// from the app's own origin (dist/renderer/dictionaries, see scripts/dictionaryAssets.ts).
import type { Language } from '../../common/i18n/languages';
import { createChecker, type Checker } from '../../spelling/checker';
import { englishLexicon, vietnameseLexicon, type Lexicon } from '../../spelling/lexicon';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

const lexicons = new Map<Language, Promise<Lexicon>>();
let checker: Promise<Checker> | undefined;

async function fetchLexicon(language: Language): Promise<Lexicon> {
  const [aff, dic] = await Promise.all(
    ['index.aff', 'index.dic'].map(async (file) => {
      const response = await fetch(`/dictionaries/${language}/${file}`);
      if (!response.ok) throw new Error(`dictionary ${language}/${file}: HTTP ${response.status}`);
      return response.text();
    }),
  );
  return language === 'vi' ? vietnameseLexicon({ aff: aff!, dic: dic! }) : englishLexicon({ aff: aff!, dic: dic! });
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  if (request.type === 'setup') {
    const { language, toneStyle, personalWords } = request.setup;
    if (!lexicons.has(language)) lexicons.set(language, fetchLexicon(language));
    const previous = checker ? await checker : undefined;
    if (previous && previous.language === language) previous.setOptions({ toneStyle, personalWords });
    else checker = lexicons.get(language)!.then((lexicon) => createChecker(lexicon, { toneStyle, personalWords, suggestions: false }));
    await checker;
    return { id: request.id, type: 'ready' };
  }
  if (!checker) throw new Error('the spelling worker was not set up');
  const ready = await checker;
  if (request.type === 'check') return { id: request.id, type: 'checked', findings: request.texts.map((text) => ready.checkBlock(text)) };
  return { id: request.id, type: 'suggested', suggestions: ready.suggest(request.word) };
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).then(
    (reply) => self.postMessage(reply),
    (error: unknown) => self.postMessage({ id: event.data.id, type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
  );
};
