// The outbox as the page sees it: the items, polled while the app runs (the main process sends in the
// background, and the browser harness has no pushed events), the count still to go for the badge, and a
// notice for each item that became sent since the page last looked.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutboxItem } from '../../contract/schemas/outbox';
import { api } from '../api/apiClient';

export const outboxPollMs = 3_000;

export interface OutboxState {
  items: OutboxItem[];
  waiting: number;
  delivered: OutboxItem[];
  dismiss: (id: number) => void;
  refresh: () => Promise<void>;
}

export function useOutbox(): OutboxState {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [delivered, setDelivered] = useState<OutboxItem[]>([]);
  const known = useRef<Map<number, OutboxItem['state']> | undefined>(undefined);

  const refresh = useCallback(async () => {
    const next = await api.listOutbox({});
    const before = known.current;
    if (before) {
      const newlySent = next.filter((item) => item.state === 'sent' && before.get(item.id) !== 'sent');
      if (newlySent.length > 0) setDelivered((current) => [...current, ...newlySent]);
    }
    known.current = new Map(next.map((item) => [item.id, item.state]));
    // An unchanged list keeps its identity: a poll must not re-render the whole app (an open editor with it).
    setItems((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
  }, []);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh().catch(() => undefined), outboxPollMs);
    return () => clearInterval(timer);
  }, [refresh]);

  const dismiss = useCallback((id: number) => setDelivered((current) => current.filter((item) => item.id !== id)), []);
  const waiting = items.filter((item) => item.state === 'queued' || item.state === 'sending').length;
  return { items, waiting, delivered, dismiss, refresh };
}
