// Untrusted workspaces: loading configs and packs never runs workspace code.
// A package whose code would leave a marker if it ran is extended, and a
// config-looking JavaScript file sits beside the YAML; linting leaves no marker.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resolveConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';

describe('trust: no workspace code runs', () => {
  it('extending an npm pack reads its YAML and never requires its code; .replylint.js is not a config', () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-trust-')));
    const marker = path.join(dir, 'CODE-RAN');
    const evil = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n`;
    const files: Record<string, string> = {
      '.replylint.yaml': 'extends: [recommended, evil-pack]\n',
      '.replylint.js': evil,
      'node_modules/evil-pack/package.json': JSON.stringify({
        name: 'evil-pack',
        main: 'index.js',
        scripts: { postinstall: 'node index.js' },
        replylint: { packs: ['pack.yaml'] },
      }),
      'node_modules/evil-pack/index.js': evil,
      'node_modules/evil-pack/pack.yaml':
        'language: en\nrules:\n  tone/evil-word:\n    kind: phrase\n    category: tone\n    message: m\n    phrases: [evil]\n',
    };
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    const config = resolveConfig(path.join(dir, 'reply.md'));
    const findings = lint({ text: 'Hi Sam, an evil plan.', fileName: 'reply.md' }, config.lintOptions).findings;
    assert.ok(
      findings.some((finding) => finding.ruleId === 'tone/evil-word'),
      'the pack was read as data',
    );
    assert.equal(fs.existsSync(marker), false, 'workspace code ran');
    assert.equal(require.cache[require.resolve(path.join(dir, 'node_modules/evil-pack/index.js'))], undefined);
  });
});
