// One delivery attempt of one queue item. A sender resolves with what the receiver said (its id for the copy
// it now holds) or throws: a DeliveryError that says whether waiting may help, or any other error (taken as
// permanent). `previous` is the receiver's id of the copy it already holds of this article, if any, so a
// sender replaces it instead of adding a second one; `key` is the same on every attempt of this item.
import type { Article } from '../../contract/schemas/article';
import type { Destination } from '../../contract/schemas/outbox';
import type { ExportPackageWriter } from '../outboxPorts';

export interface Delivery {
  key: string;
  article: Article;
  destination: Destination;
  secret: string | undefined;
  previous: string | undefined;
  /** This item was being sent by a process that died: the receiver may already hold it. */
  resumed: boolean;
  files: ExportPackageWriter;
  /** A folder of this attempt's own for staged files (an attachment, a NINJS file), removed afterwards. */
  workDir: string;
  signal?: AbortSignal;
}

export interface Receipt {
  /** What the destination now holds of the article: a file name, a post id, a message id. */
  remoteId: string;
  /** For the outbox list: the receiver's id or message. */
  receipt: string;
}

export type Sender = (delivery: Delivery) => Promise<Receipt>;

/** The article's identity at every receiver: the same as the NINJS `uri`. */
export function articleUri(article: Pick<Article, 'uuid'>): string {
  return `urn:uuid:${article.uuid}`;
}
