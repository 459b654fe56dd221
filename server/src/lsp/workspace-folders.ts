// The client's workspace folders as file system paths, and where documents
// live in them (for relative config paths and for untitled buffers).

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver/node';

/**
 * The file system path of a `file:` URI; undefined for untitled and virtual
 * documents, and for file URIs with no local path (a host, an encoded "/"),
 * which are then linted as buffers, like untitled ones.
 */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class WorkspaceFolders {
  private paths: string[] = [];

  set(folders: readonly WorkspaceFolder[]): void {
    this.paths = folders.map((folder) => filePathOf(folder.uri)).filter((folder): folder is string => folder !== undefined);
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((folder) => filePathOf(folder.uri)));
    const kept = this.paths.filter((folder) => !gone.has(folder));
    this.paths = [...kept, ...added.map((folder) => filePathOf(folder.uri)).filter((folder): folder is string => folder !== undefined)];
  }

  get first(): string | undefined {
    return this.paths[0];
  }

  /** The innermost folder holding a file. */
  containing(filePath: string): string | undefined {
    const holding = this.paths.filter((folder) => {
      const relative = path.relative(folder, filePath);
      return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    });
    return holding.sort((a, b) => b.length - a.length)[0];
  }
}
