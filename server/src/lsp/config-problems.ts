// Shows config and pack problems as diagnostics on those files, and clears
// them once the files are fixed. Always pushed: the files need not be open.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { ConfigProblem } from '../engine/config/project-config';
import { configProblemDiagnostic } from './diagnostics';

export class ConfigProblemPublisher {
  /** What each file shows now, to send only changes. */
  private readonly shown = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  publish(problems: readonly ConfigProblem[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    const seen = new Set<string>();
    for (const problem of problems) {
      // Problems without a real file (e.g. in the built-in defaults) are only logged.
      if (!path.isAbsolute(problem.file)) continue;
      const uri = pathToFileURL(problem.file).href;
      const diagnostic = configProblemDiagnostic(problem);
      const identity = `${uri}\n${JSON.stringify(diagnostic)}`;
      if (seen.has(identity)) continue;
      seen.add(identity);
      byUri.set(uri, [...(byUri.get(uri) ?? []), diagnostic]);
    }
    for (const uri of this.shown.keys()) if (!byUri.has(uri)) byUri.set(uri, []);
    for (const [uri, diagnostics] of byUri) {
      const serialized = JSON.stringify(diagnostics);
      if (this.shown.get(uri) === serialized) continue;
      if (diagnostics.length > 0) this.shown.set(uri, serialized);
      else this.shown.delete(uri);
      this.connection
        .sendDiagnostics({ uri, diagnostics })
        .catch((error: unknown) => this.connection.console.error(`Publishing config problems for ${uri} failed: ${String(error)}`));
    }
  }
}
