/**
 * "A person typed" (not a scanner's burst), said once by the app's one keyboard-wedge listener
 * (useWedgeScanner in App.tsx) and heard by whoever needs it, such as technician mode's timeout:
 * a second listener would judge every key a second time, and could judge it differently.
 */
export interface PersonTypedSignal {
  /** Called by the app's wedge listener when keys turned out to be a person's. */
  notify(): void;
  /** Returns the function that stops listening. */
  subscribe(listener: () => void): () => void;
}

export function createPersonTypedSignal(): PersonTypedSignal {
  const listeners = new Set<() => void>();
  return {
    notify() {
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's own. */
export const personTyped = createPersonTypedSignal();
