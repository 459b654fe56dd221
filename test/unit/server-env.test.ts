// The environment the language server is started with (SERVER_ENV in lsp/protocol.ts): added to the
// editor's, never over a value the user set, and the same for VS Code, the tests and the benchmark.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER_ENV, serverEnvironment } from '../../server/src/lsp/protocol';
import { REPO_ROOT } from '../support/build';
import { LspTestClient } from '../support/lsp-client';

describe('server environment', () => {
  it('adds every variable when the environment sets none', () => {
    assert.deepEqual(serverEnvironment({ PATH: '/usr/bin' }), { ...SERVER_ENV });
    assert.ok(Object.keys(SERVER_ENV).length > 0);
  });

  it('keeps a value the user set, even an empty one', () => {
    const [first, ...rest] = Object.keys(SERVER_ENV);
    const added = serverEnvironment({ [first!]: '' });
    assert.equal(added[first!], undefined);
    assert.deepEqual(Object.keys(added), rest);
  });

  it('is what VS Code starts the server with, in run and debug mode', () => {
    const extension = fs.readFileSync(path.join(REPO_ROOT, 'client/src/extension.ts'), 'utf8');
    assert.match(extension, /const env = serverEnvironment\(process\.env\);/);
    assert.equal(extension.match(/options: \{ execArgv: [^}]*, env \}/g)?.length, 2);
  });

  it('is what the tests and the benchmark start the server with', async function () {
    if (process.platform !== 'linux') this.skip();
    const client = await LspTestClient.start();
    try {
      const environ = fs.readFileSync(`/proc/${client.child.pid}/environ`, 'utf8').split('\0');
      for (const [name, value] of Object.entries(serverEnvironment(process.env))) assert.ok(environ.includes(`${name}=${value}`), name);
    } finally {
      await client.stop();
    }
  });
});
