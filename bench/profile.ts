// Summarises a V8 .cpuprofile (from node --cpu-prof): the functions with the
// most self time, and the heaviest call paths by inclusive time. This is the
// evidence behind the hot spots the report names.

import * as fs from 'node:fs';
import * as path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  ms: number;
  share: number;
}

/**
 * Where each line of an esbuild bundle came from: esbuild writes a
 * `// path/of/module.ts` comment before every module it inlines.
 */
function bundleModules(bundle: string): (line: number) => string | undefined {
  const starts: { line: number; module: string }[] = [];
  fs.readFileSync(bundle, 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const match = /^\/\/ ((?:node_modules|server|bench|rules)\/\S+)$/.exec(text);
      if (match) starts.push({ line, module: match[1]!.replace(/^node_modules\//, '') });
    });
  return (line) => {
    let found: string | undefined;
    for (const start of starts) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  };
}

export function summarizeProfile(file: string, bundle?: string, top = 12): { totalMs: number; self: Hotspot[]; inclusive: Hotspot[] } {
  const moduleAt = bundle ? bundleModules(bundle) : () => undefined;
  const label = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const inBundle = bundle !== undefined && url.endsWith(path.basename(bundle));
    const where = inBundle ? moduleAt(lineNumber) : url ? url.split('/').slice(-2).join('/') : '';
    return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
  };
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    totalMs += ms;
    const leaf = label(byId.get(id)!);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    // Each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
  });
  const rank = (map: Map<string, number>, skip: (name: string) => boolean) =>
    [...map]
      .filter(([name]) => !skip(name))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name: name.length > 90 ? `${name.slice(0, 87)}...` : name, ms, share: ms / totalMs }));
  // Frames without a file (root, native glue) and Node's module loading say nothing about the engine.
  const boring = (name: string) => !name.includes(' ') || /cjs\/loader|esm\/|translators|module_job|run_main|register-/.test(name);
  return { totalMs, self: rank(self, (name) => /^\((root|program|idle)\)/.test(name)), inclusive: rank(inclusive, boring) };
}

export function newestProfile(dir: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'));
  files.sort((a, b) => fs.statSync(path.join(dir, b)).mtimeMs - fs.statSync(path.join(dir, a)).mtimeMs);
  return files[0] ? path.join(dir, files[0]) : undefined;
}
