// Where a backup's or a restore's time goes: each phase's wall time, told to an optional listener (the
// benchmark prints them), so a slow step is found by measuring, not by guessing.
export type PhaseListener = (phase: string, ms: number) => void;

/** `lap('snapshot')` reports the time since the previous lap (or the start) as the phase `snapshot`. */
export function phaseClock(listener?: PhaseListener): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    const now = performance.now();
    listener?.(phase, now - last);
    last = now;
  };
}
