// True once the browser has been idle after the first render: for what can come a moment after a long
// article's text is on screen and editable (the photo panel's entries), so it does not hold up the opening.
import { useEffect, useState } from 'react';

/** At most this long a wait for idle time, so a busy page still shows the deferred part. */
const longestWaitMs = 500;

export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => setIdle(true), { timeout: longestWaitMs });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}
