// Words of a language live in rules/ as data, never in engine code: the
// engine's regular expressions may name only syntax (file extensions, HTML
// tags, template keywords, its own comment directives), and a new word in
// one fails here. The grammar data (rules/structure/grammar.yaml) the words
// moved to is checked for what it does.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { builtinGrammar } from '../../server/src/engine/config/grammar-file';
import { builtinLanguages } from '../../server/src/engine/config/pack-resolver';
import { isPluralOf, pluralOf } from '../../server/src/engine/text/grammar';
import { REPO_ROOT } from '../support/build';

const ENGINE = path.join(REPO_ROOT, 'server', 'src', 'engine');

/** Names of syntax the engine reads, which are letters but no language's words. */
const SYNTAX_NAMES: Record<string, string> = {
  'ya ml json md markdown mdx html csv tsv xml po pot arb properties': 'file extensions (xml also of an XML declaration)',
  'blade php hbs handlebars mustache twig liquid njk jinja erb mjml tpl ctp text': 'mail template views by their extension (io/template-views.ts)',
  'views mails mail templates notifications layouts': 'folders of mail views (io/template-views.ts)',
  'select selectordinal offset': "ICU MessageFormat's choice types and a plural's offset (placeholders/icu.ts)",
  'msgctxt msgid plural msgstr LC MESSAGES': "gettext's keywords (msgid_plural, msgstr[n]) and its LC_MESSAGES folder (units/gettext.ts)",
  Say: "TwiML's verb that speaks a prompt (units/twiml.ts)",
  'record model mail template id': 'an Odoo module\'s data file: <record id=… model="mail.template"> (units/odoo-data.ts)',
  'root true': 'the `root: true` key of a config file',
  'end with': "the yaml library's own error message, rewritten",
  'variable fallback': "a dialect's own ${variable} and ${fallback} slots",
  'if unless else for in assign capture comment endcomment fallback default case': 'Liquid and Handlebars tags and filters',
  'dt RT eval my': "Request Tracker's Perl templates and i18n calls",
  'trans raw depend': "Magento's {{trans}} directive, its |raw modifier and its {{depend}} block",
  'foreach section literal strip block while function from elseif foreachelse sectionelse append config load break continue':
    "Smarty's tags ({foreach from=$x}, {config_load}), which tell a Smarty template",
  ts: "CiviCRM's Smarty translation block {ts}…{/ts}, which tells a Smarty template",
  'switch wrapper filter try perl rawperl set call use macro include process insert next last return stop clear meta tags debug throw or':
    "Template Toolkit's directives ([% IF %], [% INCLUDE %], [% END %]) and its OR",
  'items attempt ftl':
    "FreeMarker's directives (<#items>, <#attempt>) that take an else or a recover, and [#ftl], which opens a template in its square bracket syntax",
  'out esc field elif endif endfor':
    "Odoo's QWeb attributes (t-out, t-esc, t-field, t-elif) and its Mako-era control lines (% elif, % endif, % endfor; placeholders/odoo.ts)",
  'define parse evaluate': "Apache Velocity's directives (#define, #parse, #evaluate; placeholders/velocity.ts)",
  endphp: "Laravel Blade's @endphp, which closes a view's @php block (placeholders/scan.ts)",
  false: 'a Blade @if(false) branch, which is never sent (placeholders/scan.ts)',
  'echo print': "PHP's <?php echo … ?> and <?php print … ?>, which print a value (placeholders/scan.ts)",
  and: "Liquid's, Twig's and Jinja's `and` joining the tests of an `{% if %}` (placeholders/scan.ts)",
  'as none': "Django's {% with value as name %} and its default_if_none filter (placeholders/bindings.ts)",
  SITENAME: "MediaWiki's magic word for the site's name, which tells a wiki's interface message",
  'match name agent': 'the {match}, {name} and {agent} slots of rule messages',
  'br div span strong em ul ol li blockquote table img hr script pre style textarea': 'HTML tags',
  'doctype html head body center tbody tr td header main href': "an HTML e-mail's document, its wrapping tags and a link's target",
  'replylint disable next line enable language kind dialect': "Replylint's own comment directives",
  'list item paragraph bullet ordered open close': "markdown-it's token names",
  'http https www': 'links',
  'lt gt': "HTML's &lt; and &gt;, an escaped tag shown as text",
  'text txt plain plaintext': 'info strings of a fence of text (CommonMark, GitHub)',
};
const ALLOWED = new Map(Object.entries(SYNTAX_NAMES).flatMap(([names, reason]) => names.split(' ').map((name) => [name.toLowerCase(), reason])));

function engineFiles(dir = ENGINE): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? engineFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** The runs of two or more letters a regular expression literal matches as text: not escapes, classes, group syntax or flags. */
function literalWords(regex: string): string[] {
  const body = regex.slice(1, regex.lastIndexOf('/'));
  const text = body
    .replace(/\\[pPk]\{[^}]*\}|\\k<[^>]*>|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\./g, ' ')
    .replace(/\[(?:\\.|[^\]\\])*\]/g, ' ')
    .replace(/\(\?(?:<?[=!]|:|<[A-Za-z]\w*>)/g, ' ');
  return text.match(/\p{L}{2,}/gu) ?? [];
}

/**
 * A pattern's text written as a literal's (`/…/`): a regular expression literal, or the String.raw template a
 * lazyPattern call makes one from, written in the call or as a constant of the file (its substitutions, other
 * constants, left out).
 */
function patternText(node: ts.Node): string | undefined {
  if (ts.isRegularExpressionLiteral(node)) return node.text;
  if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'lazyPattern') return undefined;
  const [argument] = node.arguments;
  // The template itself, or a constant of the same file that holds it (one source made into two patterns).
  const source =
    argument && ts.isIdentifier(argument)
      ? node
          .getSourceFile()
          .statements.filter(ts.isVariableStatement)
          .flatMap((statement) => statement.declarationList.declarations)
          .find((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === argument.text)?.initializer
      : argument;
  if (!source || !ts.isTaggedTemplateExpression(source) || source.tag.getText() !== 'String.raw') return undefined;
  const { template } = source;
  const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
  return `/${parts.map((part) => part.rawText ?? part.text).join(' ')}/`;
}

describe('language data out of engine code', () => {
  it("the engine's regular expressions hold no word of a language, only names of syntax", () => {
    const found: string[] = [];
    for (const file of engineFiles()) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        const text = patternText(node);
        if (text !== undefined) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          for (const word of literalWords(text))
            if (!ALLOWED.has(word.toLowerCase())) found.push(`${path.relative(REPO_ROOT, file)}:${line} "${word}" in ${text}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, [], 'words belong in rules/ (a pack, grammar.yaml, footers.yaml or dialects.yaml), not in engine code');
  });

  it("the engine holds no list of a language's common words", () => {
    const commonWords = new Set(
      ['recommended', 'strict'].flatMap((dir) =>
        fs.readdirSync(path.join(REPO_ROOT, 'rules', dir)).flatMap((name) => {
          const pack = parse(fs.readFileSync(path.join(REPO_ROOT, 'rules', dir, name), 'utf8')) as { commonWords?: string[] };
          return pack.commonWords ?? [];
        }),
      ),
    );
    assert.ok(commonWords.size > 100, 'the packs list common words');
    const found: string[] = [];
    for (const file of engineFiles()) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isArrayLiteralExpression(node)) {
          const words = node.elements.filter((element) => ts.isStringLiteral(element) && commonWords.has(element.text.toLowerCase()));
          if (words.length >= 2) found.push(`${path.relative(REPO_ROOT, file)}: ${node.getText().slice(0, 80)}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(found, []);
  });

  it('the allowed syntax names are each still read somewhere (none kept for nothing)', () => {
    const used = new Set<string>();
    for (const file of engineFiles()) {
      const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        const text = patternText(node);
        if (text !== undefined) for (const word of literalWords(text)) used.add(word.toLowerCase());
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.deepEqual(
      [...ALLOWED.keys()].filter((name) => !used.has(name)),
      [],
    );
  });
});

describe('grammar data (rules/structure/grammar.yaml)', () => {
  it('describes only languages the built-in packs have', () => {
    const data = parse(fs.readFileSync(path.join(REPO_ROOT, 'rules', 'structure', 'grammar.yaml'), 'utf8')) as { languages: Record<string, unknown> };
    for (const language of Object.keys(data.languages)) assert.ok(builtinLanguages().includes(language), language);
  });

  it('English: replacements take the plural by its rules, and a plural among alternatives is told', () => {
    const { plural } = builtinGrammar('en');
    assert.deepEqual(
      ['help article', 'reply', 'day', 'inbox', 'batch', 'our systems'].map((words) => pluralOf(words, plural)),
      ['help articles', 'replies', 'days', 'inboxes', 'batches', 'our systems'],
    );
    assert.ok(isPluralOf('tickets', 'ticket', plural) && isPluralOf('replies', 'reply', plural) && isPluralOf('statuses', 'status', plural));
    assert.ok(!isPluralOf('ticket', 'ticket', plural) && !isPluralOf('show', 'shows', plural));
  });

  it('a language without plural rules or articles keeps replacements as written', () => {
    const polish = builtinGrammar('pl');
    assert.deepEqual(polish.plural, []);
    assert.equal(polish.articles, undefined);
    assert.equal(pluralOf('zgłoszenie', polish.plural), 'zgłoszenie');
    assert.equal(polish.sentences.parser, 'latin');
    assert.equal(builtinGrammar('xx').sentences.parser, 'latin', 'a language grammar.yaml does not list');
  });
});
