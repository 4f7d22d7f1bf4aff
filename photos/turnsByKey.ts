// Work under the same key takes turns: `claim` waits for the one before under that key, and gives back the
// function that lets the next one go. Keys with nothing in flight are forgotten.

export class TurnsByKey {
  private readonly last = new Map<string, Promise<void>>();

  async claim(key: string): Promise<() => void> {
    const earlier = this.last.get(key);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    this.last.set(key, mine);
    await earlier;
    return () => {
      release();
      if (this.last.get(key) === mine) this.last.delete(key);
    };
  }
}

/**
 * For a batch whose items learn their keys at different moments (a hash, once the file is read): `next()`,
 * called once per item in the batch's order, gives the item a `claim` that queues it behind the earlier
 * items' claims, so under one key the earlier item goes first; `done()` stands for a claim never made.
 */
export function claimsInItemOrder(turns: TurnsByKey) {
  let previous: Promise<void> = Promise.resolve();
  return {
    next() {
      const before = previous;
      let known!: () => void;
      previous = new Promise<void>((resolve) => (known = resolve));
      return {
        claim: async (key: string): Promise<() => void> => {
          await before;
          const claimed = turns.claim(key);
          known();
          return claimed;
        },
        // Never ahead of the earlier items: a later item may only claim once they all have.
        done: () => void before.then(known),
      };
    },
  };
}
