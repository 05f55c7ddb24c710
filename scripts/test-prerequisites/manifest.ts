/**
 * Everything `npm test` and the benchmarks need beyond `npm install`. test/unit/scripts/test-prerequisites/spawned-programs.test.ts
 * fails when a test starts a program that no entry here provides, and .ci/run names the Debian
 * packages in a comment.
 */

export interface DebianPrerequisite {
  package: string;
  /** Programs of the package the tests start, looked up on PATH. */
  programs: readonly string[];
  why: string;
}

export interface NpmFolderPrerequisite {
  /** A folder of the project with its own package.json and lock file. */
  folder: string;
  why: string;
}

export const DEBIAN_PREREQUISITES: readonly DebianPrerequisite[] = [
  { package: 'chromium', programs: ['chromium'], why: 'the end-to-end tests and screenshots drive /usr/bin/chromium through playwright-core' },
  { package: 'socat', programs: ['socat'], why: 'virtual serial cables for the serial scanner tests (test/support/socat.ts)' },
  { package: 'openssl', programs: ['openssl'], why: 'certificates for the HTTPS district-server tests (test/unit/electron/technician/network-fixtures.ts)' },
  { package: 'time', programs: ['time'], why: 'peak memory of a benchmark run (test/bench/import.bench.ts)' },
  { package: 'libusb-1.0-0', programs: [], why: "node-hid's addon links libusb-1.0.so.0" },
  { package: 'libudev1', programs: [], why: "node-hid's addon links libudev.so.1 (the library only: udev itself is not needed)" },
  { package: 'espeak-ng', programs: ['espeak-ng'], why: 'read-aloud: the host speaks the status sentence with its Vietnamese voice (test/unit/electron/speech/); brings espeak-ng-data' },
  { package: 'util-linux', programs: ['taskset'], why: 'bench:machine-wakeups pins a spinning process to each core (test/bench/machine-wakeups.bench.ts); essential in Debian, so always there' },
  { package: 'fonts-noto-core', programs: [], why: 'Chromium falls back to Noto for glyphs the bundled font lacks, in the tests and screenshots' },
];

export const NPM_FOLDER_PREREQUISITES: readonly NpmFolderPrerequisite[] = [
  { folder: 'tools/electronegativity', why: 'the security gate runs Electronegativity from its own install (it needs its own TypeScript 4)' },
];

/** Programs the tests start that every machine running them has: Node itself and the shell. */
export const BASE_PROGRAMS: readonly string[] = ['node', 'bash', 'sh'];
