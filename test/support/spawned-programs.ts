import fs from 'node:fs';
import path from 'node:path';

/** One place a source file starts a program, and which program, when it can be told. */
export interface SpawnSite {
  file: string;
  line: number;
  /** The program's base name (`socat` for `/usr/bin/socat`), or null when the code computes it. */
  program: string | null;
  argument: string;
}

const SOURCE = /\.(ts|tsx|mjs|cjs|js)$/;
const CALLERS = ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'exec', 'execSync', 'fork'];
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"](?:node:)?child_process['"]/g;
const NAMESPACE_IMPORT = /import\s+(?:\*\s+as\s+)?(\w+)\s+from\s*['"](?:node:)?child_process['"]/g;
/** Playwright's browser, which the tests start through launch options. */
const EXECUTABLE_PATH = /\bexecutablePath\s*:\s*([^,}\n]+)/g;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The source files under each entry (a folder or a file), node_modules left out. */
export function sourceFiles(root: string, entries: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (target: string) => {
    if (!fs.existsSync(target)) return;
    if (fs.statSync(target).isFile()) {
      if (SOURCE.test(target)) files.push(target);
      return;
    }
    for (const entry of fs.readdirSync(target)) if (entry !== 'node_modules') walk(path.join(target, entry));
  };
  for (const entry of entries) walk(path.join(root, entry));
  return files.sort();
}

/** The local names under which a file calls child_process's functions (`spawn`, `cp.spawn`, `run` for `spawn as run`). */
function callerNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [, list = ''] of text.matchAll(NAMED_IMPORT)) {
    for (const item of list.split(',')) {
      const [imported = '', local = imported] = item.replace(/^\s*type\s+/, '').trim().split(/\s+as\s+/);
      if (CALLERS.includes(imported)) names.set(local, imported);
    }
  }
  for (const [, namespace = ''] of text.matchAll(NAMESPACE_IMPORT)) for (const caller of CALLERS) names.set(`${namespace}.${caller}`, caller);
  return names;
}

/** A program named by a literal, `process.execPath`, or a `const` holding a literal in the same file. */
function resolveProgram(argument: string, text: string, caller: string): string | null {
  if (caller === 'fork' || argument === 'process.execPath') return 'node';
  const literal = /^(['"`])([^'"`$]*)\1$/.exec(argument)?.[2];
  const constant = /^[A-Za-z_$][\w$]*$/.test(argument)
    ? new RegExp(`\\bconst\\s+${escapeRegExp(argument)}\\s*=\\s*(['"\`])([^'"\`$]*)\\1`).exec(text)?.[2]
    : undefined;
  const value = literal ?? constant;
  if (value === undefined) return null;
  // exec and execSync take a shell command line: its program is the first word.
  const program = caller.startsWith('exec') && !caller.startsWith('execFile') ? value.trim().split(/\s+/)[0]! : value;
  return path.basename(program);
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Every place in `text` that starts a program. */
export function spawnSitesIn(file: string, text: string): SpawnSite[] {
  const sites: SpawnSite[] = [];
  for (const [local, caller] of callerNames(text)) {
    const call = new RegExp(`(?<![\\w$.])${escapeRegExp(local)}\\(\\s*([^,)]+)`, 'g');
    for (const match of text.matchAll(call)) {
      const argument = match[1]!.trim();
      sites.push({ file, line: lineOf(text, match.index), program: resolveProgram(argument, text, caller), argument });
    }
  }
  for (const match of text.matchAll(EXECUTABLE_PATH)) {
    const argument = match[1]!.trim();
    sites.push({ file, line: lineOf(text, match.index), program: resolveProgram(argument, text, 'spawn'), argument });
  }
  return sites.sort((a, b) => a.line - b.line);
}
