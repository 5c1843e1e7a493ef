// Business time comes from an injectable clock so tests can move it; leases use the database's own time.
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

export type ManualClock = Clock & {
  set(at: Date | string): void;
  advanceDays(days: number): void;
};

// For tests: time stands still until the test moves it.
export function createManualClock(start: Date | string): ManualClock {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at);
    },
    advanceDays: (days) => {
      current = new Date(current.getTime() + days * 86_400_000);
    },
  };
}
