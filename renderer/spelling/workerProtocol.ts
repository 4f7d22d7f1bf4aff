// The messages between the editor and its spelling worker. Requests carry an id; the reply carries it back.
import type { Language } from '../../common/i18n/languages';
import type { BlockFinding, ToneStyle } from '../../common/spelling/findings';

export interface CheckerSetup {
  language: Language;
  toneStyle: ToneStyle;
  personalWords: string[];
}

export type WorkerRequest =
  | { id: number; type: 'setup'; setup: CheckerSetup }
  | { id: number; type: 'check'; texts: string[] }
  | { id: number; type: 'suggest'; word: string };

export type WorkerReply =
  | { id: number; type: 'ready' }
  | { id: number; type: 'checked'; findings: BlockFinding[][] }
  | { id: number; type: 'suggested'; suggestions: string[] }
  | { id: number; type: 'failed'; message: string };
