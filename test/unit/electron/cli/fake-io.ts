import type { CliIo } from '../../../../electron/cli/cli-io.ts';

/** A CliIo that keeps what a command writes. */
export function fakeIo(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    out: () => out,
    err: () => err,
  };
}
