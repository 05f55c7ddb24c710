/**
 * Runs requests one after another as the citizen types, and delivers only the answer to the
 * newest one: an answer that comes back after a newer request was made is dropped, so the
 * screen never flips back to the results of an older query.
 */
export interface LatestOnly<A> {
  request(input: A): void;
  /** Drops whatever is still on its way (the screen is going away, or the query was cleared). */
  cancel(): void;
}

export function latestOnly<A, R>(
  call: (input: A) => Promise<R>,
  onAnswer: (answer: R, input: A) => void,
  onError: (error: unknown, input: A) => void,
): LatestOnly<A> {
  let newest = 0;
  return {
    request(input) {
      const id = ++newest;
      call(input).then(
        (answer) => {
          if (id === newest) onAnswer(answer, input);
        },
        (error: unknown) => {
          if (id === newest) onError(error, input);
        },
      );
    },
    cancel() {
      newest++;
    },
  };
}
