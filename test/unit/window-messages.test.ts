// What the language server shows in the editor's window is catalog text in the
// editor's display language, never a string literal in the source: every
// window/showMessage goes through Session.notify, which takes only CatalogText
// (the type renderMessage returns), and so does the reason a fix-all cannot run.
// The compiler then refuses a literal there; this test checks that the sends
// keep going through that one door, and that every message id the server and
// its hints name is in all catalogs. Read from the source with TypeScript's parser.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { messageCatalog, messageLanguages } from '../../server/src/engine/messages';
import { REPO_ROOT } from '../support/build';

const SERVER = path.join(REPO_ROOT, 'server', 'src');
/** The server's own code (not the engine, the CLI or the pure text code) and the hints it shares with the CLI. */
const SERVER_FILES = [...fs.readdirSync(path.join(SERVER, 'lsp')).map((name) => path.join('lsp', name)), 'server.ts', 'thread-answers.ts'];
/** Calls that put text in the editor's window. */
const WINDOW_SENDS = /^(ShowMessageNotification\.type|ShowMessageRequest\.type)$|^show(Information|Warning|Error)Message$/;

interface Found {
  where: string;
  node: ts.Node;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(path.join(SERVER, file), 'utf8'), ts.ScriptTarget.Latest, true);
}

function walk(source: ts.SourceFile, visit: (node: ts.Node, where: string) => void): void {
  const step = (node: ts.Node) => {
    visit(node, `server/src/${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    ts.forEachChild(node, step);
  };
  step(source);
}

/** The method or function a node is in. */
function enclosingFunction(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let at = node.parent; at; at = at.parent) if (ts.isFunctionLike(at)) return at as ts.FunctionLikeDeclaration;
  return undefined;
}

function parameterType(fn: ts.FunctionLikeDeclaration, name: string): string | undefined {
  return fn.parameters.find((parameter) => parameter.name.getText() === name)?.type?.getText();
}

describe('window messages of the language server', () => {
  const sources = SERVER_FILES.filter((file) => file.endsWith('.ts')).map(parse);

  it('every window message goes through Session.notify, whose message is CatalogText', () => {
    const sends: Found[] = [];
    for (const source of sources) {
      walk(source, (node, where) => {
        if (!ts.isCallExpression(node)) return;
        const callee = ts.isPropertyAccessExpression(node.expression) ? node.expression.name.text : node.expression.getText();
        const first = node.arguments[0]?.getText() ?? '';
        if (WINDOW_SENDS.test(callee) || WINDOW_SENDS.test(first)) sends.push({ where, node });
      });
    }
    assert.equal(sends.length, 1, `window sends: ${sends.map(({ where }) => where).join(', ')}`);
    const notify = enclosingFunction(sends[0]!.node)!;
    assert.equal(notify.name?.getText(), 'notify', `${sends[0]!.where} is not in notify`);
    assert.equal(parameterType(notify, 'message'), 'CatalogText');
  });

  it("a fix-all's reason for not running is CatalogText", () => {
    const source = sources.find((candidate) => candidate.fileName === path.join('lsp', 'code-actions.ts'))!;
    let reason: string | undefined;
    walk(source, (node) => {
      if (ts.isFunctionDeclaration(node) && node.name?.text === 'unresolvedFixAll') reason = parameterType(node, 'reason');
    });
    assert.equal(reason, 'CatalogText');
  });

  it('only the catalog makes CatalogText (no cast elsewhere in the server, the engine or the CLI)', () => {
    const casts: string[] = [];
    const all = (dir: string): string[] =>
      fs.readdirSync(path.join(SERVER, dir), { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        return entry.isDirectory() ? all(file) : file.endsWith('.ts') ? [file] : [];
      });
    for (const file of all('.').filter((name) => name !== path.join('engine', 'messages.ts'))) {
      walk(parse(file), (node, where) => {
        if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.getText() === 'CatalogText') casts.push(where);
      });
    }
    assert.deepEqual(casts, []);
  });

  it('every message id the server names is in every catalog', () => {
    const ids = new Set<string>();
    for (const source of sources) {
      walk(source, (node) => {
        if (!ts.isCallExpression(node) || node.expression.getText() !== 'renderMessage') return;
        const id = node.arguments[1];
        if (id && (ts.isStringLiteral(id) || ts.isNoSubstitutionTemplateLiteral(id))) ids.add(id.text);
        // `hint.fileAsThread.${where}` and the like: the literal head names a family, checked by its members below.
        if (id && ts.isConditionalExpression(id)) for (const branch of [id.whenTrue, id.whenFalse]) if (ts.isStringLiteral(branch)) ids.add(branch.text);
      });
    }
    assert.ok(ids.size >= 15, `only ${ids.size} ids found`);
    for (const language of messageLanguages()) {
      const catalog = messageCatalog(language)!;
      assert.deepEqual(
        [...ids].filter((id) => catalog[id] === undefined),
        [],
        `${language} lacks`,
      );
    }
  });
});
