// Temporary workspace folders for LSP tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureBuilt } from '../support/build';
import { LspTestClient, type ClientOptions } from '../support/lsp-client';

/** Creates a folder with these files (relative path -> content); returns its real path. */
export function createWorkspace(files: Record<string, string> = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-lsp-')));
  for (const [relative, content] of Object.entries(files)) writeFile(root, relative, content);
  return root;
}

export function writeFile(root: string, relative: string, content: string): string {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export function removeWorkspace(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/**
 * One language server over one temporary workspace for a whole describe
 * block: started before its tests (`started` hands both over), stopped and
 * removed after them.
 */
export function serverForSuite(
  files: Record<string, string>,
  options: Omit<ClientOptions, 'workspaceFolder'>,
  started: (server: { client: LspTestClient; workspace: string }) => void,
): void {
  let server: { client: LspTestClient; workspace: string } | undefined;
  before(async () => {
    ensureBuilt();
    const workspace = createWorkspace(files);
    server = { workspace, client: await LspTestClient.start({ ...options, workspaceFolder: workspace }) };
    started(server);
  });
  after(async () => {
    await server?.client.stop();
    if (server) removeWorkspace(server.workspace);
  });
}
