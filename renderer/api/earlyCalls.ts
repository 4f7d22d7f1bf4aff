// Calls the first screen needs, asked for while the page's code is still being evaluated, so their answers
// are there when React first renders instead of being asked for after it (a round trip and a second render
// later). Each answer is taken once, by the one component that asked for it in the first place; anything
// later asks the main process afresh.

export interface EarlyAnswer<T> {
  readonly promise: Promise<T>;
  /** Set once the answer has arrived, so a component can render with it at once. */
  value?: T;
}

const answers = new Map<string, EarlyAnswer<unknown>>();

export function askEarly<T>(key: string, call: () => Promise<T>): void {
  const answer: EarlyAnswer<T> = { promise: call() };
  // A failure is the taker's to handle (it awaits the promise); an untaken one must not be "unhandled".
  answer.promise.then(
    (value) => void (answer.value = value),
    () => undefined,
  );
  answers.set(key, answer);
}

/** The early answer for `key`, once; undefined when none was asked for or it was taken already. */
export function takeEarly<T>(key: string): EarlyAnswer<T> | undefined {
  const answer = answers.get(key) as EarlyAnswer<T> | undefined;
  answers.delete(key);
  return answer;
}
