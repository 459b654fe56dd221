// VS Code's own UI in the writer's language: every title and description the
// extension contributes is a %key% of package.nls.json with a translation in
// each language Replylint has rules for, and every string the client shows at
// run time goes through vscode.l10n.t with a translation in each l10n bundle.
// The client's strings are found by reading its source (TypeScript's parser),
// so a new notification without a translation fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { messageLanguages } from '../../server/src/engine/messages';
import { REPO_ROOT } from '../support/build';

const LANGUAGES = messageLanguages().filter((language) => language !== 'en');
/** Names, not words: they stay as they are in every language. */
const UNTRANSLATED = new Set(['Replylint']);
/** Manifest fields VS Code shows to people (commands, settings, capabilities). */
const SHOWN_FIELDS = new Set([
  'title',
  'category',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'enumItemLabels',
  'deprecationMessage',
  'markdownDeprecationMessage',
  'label',
]);
/** Properties the client sets on status items, quick picks, commands and progress, and the window calls that show text. */
const SHOWN_PROPERTIES = new Set(['title', 'name', 'text', 'detail', 'tooltip', 'placeHolder', 'prompt', 'message', 'label', 'description']);
const SHOWING_CALLS = /^(showInformationMessage|showWarningMessage|showErrorMessage|setStatusBarMessage|showInputBox)$/;

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')) as T;
const argumentsOf = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[0]).sort();

/** [JSON path, value] of every string under a shown field. */
function shownManifestStrings(value: unknown, at: string[] = []): [string, string][] {
  if (typeof value === 'string') return at.some((key) => SHOWN_FIELDS.has(key)) ? [[at.join('.'), value]] : [];
  if (Array.isArray(value)) return value.flatMap((entry, index) => shownManifestStrings(entry, [...at, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, entry]) => shownManifestStrings(entry, [...at, key]));
  return [];
}

interface ClientStrings {
  /** The first argument of every vscode.l10n.t call. */
  translated: string[];
  /** Literal text shown without vscode.l10n.t: file:line and the text. */
  literal: string[];
}

function clientStrings(): ClientStrings {
  const found: ClientStrings = { translated: [], literal: [] };
  const dir = path.join(REPO_ROOT, 'client', 'src');
  for (const name of fs.readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, fs.readFileSync(path.join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `client/src/${name}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const isText = (node: ts.Node | undefined): node is ts.StringLiteral | ts.TemplateExpression | ts.NoSubstitutionTemplateLiteral =>
      !!node && (ts.isStringLiteral(node) || ts.isTemplateExpression(node) || ts.isNoSubstitutionTemplateLiteral(node));
    const noteLiteral = (node: ts.Node | undefined) => {
      // Words, not a composition of text the server already wrote in the reply's language (`${line.mark} ${line.label}`).
      const words = isText(node)
        ? ts.isTemplateExpression(node)
          ? [node.head, ...node.templateSpans.map((span) => span.literal)].map((part) => part.text).join(' ')
          : node.text
        : '';
      // A codicon ($(info)) is an icon's name, not a word to translate.
      if (/\p{L}/u.test(words.replace(/\$\([\w-]+\)/g, '')) && !UNTRANSLATED.has(words)) found.literal.push(`${where(node!)} ${node!.getText()}`);
      // A conditional shows either branch.
      if (node && ts.isConditionalExpression(node)) [node.whenTrue, node.whenFalse].forEach(noteLiteral);
    };
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText();
        if (callee === 'vscode.l10n.t') {
          const [message] = node.arguments;
          assert.ok(message && ts.isStringLiteral(message), `${where(node)}: vscode.l10n.t takes a literal message, so it can be found and translated`);
          found.translated.push(message.text);
        } else if (ts.isPropertyAccessExpression(node.expression) && SHOWING_CALLS.test(node.expression.name.text)) {
          noteLiteral(node.arguments[0]);
        }
      }
      if (ts.isPropertyAssignment(node) && SHOWN_PROPERTIES.has(node.name.getText())) noteLiteral(node.initializer);
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left)) {
        if (SHOWN_PROPERTIES.has(node.left.name.text)) noteLiteral(node.right);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('VS Code UI translations', () => {
  const english = readJson<Record<string, string>>('package.nls.json');

  it('package.json shows no literal text: every title and description is a %key% of package.nls.json, each key used', () => {
    const manifest = readJson<Record<string, unknown>>('package.json');
    // Not the top-level description: the npm package shares this package.json, and npm shows it as written.
    const shown = shownManifestStrings({ capabilities: manifest.capabilities, contributes: manifest.contributes });
    assert.ok(shown.length > 20, `only ${shown.length} shown strings found: the walk misses fields`);
    const literal = shown.filter(([, value]) => !/^%[\w.-]+%$/.test(value) && !UNTRANSLATED.has(value));
    assert.deepEqual(literal, [], 'literal text in package.json');
    const used = shown.filter(([, value]) => !UNTRANSLATED.has(value)).map(([, value]) => value.slice(1, -1));
    for (const key of used) assert.ok(key in english, `package.nls.json has no "${key}"`);
    assert.deepEqual(
      Object.keys(english).filter((key) => !used.includes(key)),
      [],
      'unused keys in package.nls.json',
    );
  });

  it("English command titles are in title style, as VS Code's own (microsoft/vscode#242707)", () => {
    const titles = Object.entries(english).filter(([key]) => /^command\..+\.title$/.test(key));
    assert.ok(titles.length >= 6, `only ${titles.length} command titles found`);
    // Every word capitalised but articles, conjunctions and prepositions of up to four letters inside the title.
    const minor = /^(a|an|the|and|but|or|nor|for|so|yet|as|at|by|in|of|off|on|per|to|up|via|from|into|onto|with)$/;
    for (const [key, title] of titles) {
      const words = title.split(' ');
      const wrong = words.filter((word, index) => {
        const inside = index > 0 && index < words.length - 1;
        return inside && minor.test(word.toLowerCase()) ? word !== word.toLowerCase() : word[0] !== word[0]!.toUpperCase();
      });
      assert.deepEqual(wrong, [], `${key}: "${title}"`);
    }
  });

  it("setting descriptions follow VS Code's setting-description guide: code in backticks only where Markdown renders, each a sentence", () => {
    type Property = Record<string, unknown>;
    const properties = readJson<{ contributes: { configuration: { properties: Record<string, Property> } } }>('package.json').contributes.configuration
      .properties;
    const keyOf = (value: unknown) => /^%(.+)%$/.exec(String(value))![1]!;
    for (const [setting, property] of Object.entries(properties)) {
      const plain = [property.description, ...((property.enumDescriptions as unknown[] | undefined) ?? [])].filter(Boolean).map(keyOf);
      const markdown = [property.markdownDescription, ...((property.markdownEnumDescriptions as unknown[] | undefined) ?? [])].filter(Boolean).map(keyOf);
      assert.ok(plain.length + markdown.length > 0, `${setting} has no description`);
      // Plain text shows a backtick as a backtick, and a file name or code unmarked reads as a word.
      for (const key of plain)
        assert.doesNotMatch(english[key]!, /`|\.replylint\.yaml/, `${setting}: ${key} names code: make it a markdown field with backticks`);
      for (const key of [...plain, ...markdown]) assert.match(english[key]!, /^[A-Z].*\.$/s, `${setting}: ${key} is not a sentence`);
    }
  });

  for (const language of LANGUAGES) {
    it(`package.nls.${language}.json: every key, translated, code spans and names kept`, () => {
      const translated = readJson<Record<string, string>>(`package.nls.${language}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      for (const [key, text] of Object.entries(translated)) {
        assert.ok(text.trim(), `${key} is empty`);
        assert.deepEqual(argumentsOf(text, /`[^`]*`/g), argumentsOf(english[key]!, /`[^`]*`/g), `${language} ${key}: code spans`);
        for (const name of ['Replylint', '.replylint.yaml', 'VS Code']) {
          assert.equal(text.includes(name), english[key]!.includes(name), `${language} ${key}: "${name}"`);
        }
      }
    });
  }

  const client = clientStrings();

  it('the client shows text only through vscode.l10n.t', () => {
    assert.ok(client.translated.length >= 10, `only ${client.translated.length} vscode.l10n.t calls found`);
    assert.deepEqual(client.literal, []);
  });

  for (const language of LANGUAGES) {
    it(`l10n/bundle.l10n.${language}.json translates every vscode.l10n.t message of the client, with its {0} arguments`, () => {
      const bundle = readJson<Record<string, string>>(`l10n/bundle.l10n.${language}.json`);
      const messages = [...new Set(client.translated)].sort();
      assert.deepEqual(Object.keys(bundle).sort(), messages, 'the bundle has exactly the messages the client uses');
      for (const message of messages) {
        const text = bundle[message]!;
        assert.ok(text.trim() && text !== message, `${language}: "${message}" is not translated`);
        assert.deepEqual(argumentsOf(text, /\{\d+\}/g), argumentsOf(message, /\{\d+\}/g), `${language} "${message}": arguments`);
        assert.equal(text.includes('Replylint'), message.includes('Replylint'), `${language} "${message}": the name Replylint`);
      }
    });
  }

  it('package.json points VS Code at the bundles', () => {
    assert.equal(readJson<{ l10n?: string }>('package.json').l10n, './l10n');
  });
});
