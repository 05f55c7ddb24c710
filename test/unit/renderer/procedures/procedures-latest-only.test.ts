import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../../renderer/procedures/latest-only.ts';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('search answers as the citizen types', () => {
  it('deliver only the answer to the newest request, whatever order they come back in', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const shown: string[] = [];
    const search = latestOnly(
      (q: string) => {
        const d = deferred<string>();
        pending.set(q, d);
        return d.promise;
      },
      (answer) => shown.push(answer),
      () => shown.push('error'),
    );
    search.request('kh');
    search.request('khai');
    pending.get('khai')!.resolve('results for khai');
    pending.get('kh')!.resolve('results for kh');
    await settle();
    expect(shown).toEqual(['results for khai']);
  });

  it('drop a failure of an older request too', async () => {
    const pending: ReturnType<typeof deferred<string>>[] = [];
    const seen: string[] = [];
    const search = latestOnly(
      () => {
        const d = deferred<string>();
        pending.push(d);
        return d.promise;
      },
      (answer, input: string) => seen.push(`${input}: ${answer}`),
      (_error, input) => seen.push(`${input}: failed`),
    );
    search.request('a');
    search.request('b');
    pending[0]!.reject(new Error('slow host'));
    pending[1]!.resolve('ok');
    await settle();
    expect(seen).toEqual(['b: ok']);
  });

  it('deliver nothing after cancel (the field was cleared, or the screen left)', async () => {
    const d = deferred<string>();
    const seen: string[] = [];
    const search = latestOnly(
      () => d.promise,
      (answer) => seen.push(answer),
      () => seen.push('error'),
    );
    search.request('khai');
    search.cancel();
    d.resolve('late');
    await settle();
    expect(seen).toEqual([]);
  });
});
