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

/** A language server started for tests, and the workspace folder it was given. */
export interface TestServer {
  client: LspTestClient;
  workspace: string;
}

/**
 * Where a server runs: a new temporary workspace (a copy of the `copyOf`
 * folder, if given, plus `files`), or a `workspaceFolder` the test owns.
 */
export type ServerOptions = ClientOptions & { files?: Record<string, string>; copyOf?: string };

/** Starts a server; `removeAfter` says whether its workspace is a temporary one made here. */
async function startServer({ files, copyOf, ...options }: ServerOptions): Promise<TestServer & { removeAfter: boolean }> {
  ensureBuilt();
  const removeAfter = options.workspaceFolder === undefined;
  const workspace = options.workspaceFolder ?? createWorkspace(files);
  if (copyOf) fs.cpSync(copyOf, workspace, { recursive: true });
  try {
    return { workspace, removeAfter, client: await LspTestClient.start({ ...options, workspaceFolder: workspace }) };
  } catch (error) {
    if (removeAfter) removeWorkspace(workspace);
    throw error;
  }
}

async function stopServer(server: TestServer & { removeAfter: boolean }): Promise<void> {
  try {
    await server.client.stop();
  } finally {
    if (server.removeAfter) removeWorkspace(server.workspace);
  }
}

/**
 * One language server over one temporary workspace for a whole describe
 * block: started before its tests (`started` hands both over), stopped and
 * removed after them.
 */
export function serverForSuite(files: Record<string, string>, options: Omit<ClientOptions, 'workspaceFolder'>, started: (server: TestServer) => void): void {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  before(async () => {
    server = await startServer({ ...options, files });
    started(server);
  });
  after(async () => {
    if (server) await stopServer(server);
  });
}

/**
 * Language servers of their own for the tests of a describe block: the
 * returned function starts one (over a new temporary workspace unless
 * `workspaceFolder` is given); after each test every server it started is
 * stopped and its temporary workspace removed.
 */
export function serverPerTest(): (options?: ServerOptions) => Promise<TestServer> {
  const running: Awaited<ReturnType<typeof startServer>>[] = [];
  afterEach(async () => {
    for (const server of running.splice(0)) await stopServer(server);
  });
  return async (options = {}) => {
    const server = await startServer(options);
    running.push(server);
    return server;
  };
}
