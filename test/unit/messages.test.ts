// Replylint's own words in the writer's language: every message id in every
// catalog, the same arguments in each translation, plural forms the
// language needs, and rendering (arguments, translated kinds, plurals).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FILE_SKIP_IDS } from '../../server/src/engine/io/files';
import { uncheckedMessage } from '../../server/src/engine/linter';
import { messageCatalog, messageLanguages, renderMessage } from '../../server/src/engine/messages';
import { EMPATHY_NEEDS } from '../../server/src/engine/rules/pack';
import { CATEGORIES, REPLY_KINDS, SCORECARD_ITEMS, type UnitReport } from '../../server/src/engine/types';
import { REPO_ROOT } from '../support/build';

const argumentsOf = (text: string) => [...text.matchAll(/\{([\w-]+)\}/g)].map((match) => match[1]).sort();
const textsOf = (entry: unknown): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>));

describe('message catalogs', () => {
  it('rules/messages holds one catalog per language of the built-in packs', () => {
    const files = fs.readdirSync(path.join(REPO_ROOT, 'rules', 'messages')).sort();
    assert.deepEqual(
      files,
      messageLanguages().map((language) => `${language}.json`),
    );
  });

  it('every id the engine, LSP and CLI use is in English', () => {
    const used = [
      ...SCORECARD_ITEMS.flatMap((item) => [`scorecard.label.${item}`, `scorecard.${item}.pass`, `scorecard.${item}.fail`, `scorecard.${item}.missing`]),
      ...EMPATHY_NEEDS.map((need) => `scorecard.empathy.missing.${need}`),
      ...['pass', 'fail', 'n/a'].map((value) => `scorecard.value.${value}`),
      ...REPLY_KINDS.map((kind) => `kind.${kind}`),
      ...CATEGORIES.map((category) => `category.${category}`),
      ...['error', 'warning', 'info', 'hint'].map((severity) => `severity.${severity}`),
      ...[
        'scorecard.title',
        'scorecard.notForKind',
        'scorecard.notChecked',
        'scorecard.empathy.notNeeded',
        'scorecard.nextStep.none',
        'hover.docs',
        'placeholder.noVariable',
        'placeholder.noVariableGuessed',
        'placeholder.didYouMean',
        ...['stray', 'unclosed', 'emptyOutput', 'emptyTag', 'closesOther', 'unopened'].map((problem) => `placeholder.${problem}`),
        'note.unchecked',
        'note.wordlessBody',
        'note.aliasedBody',
        'note.aliasedBodyNoAnchor',
      ],
      ...['fix.replace', 'fix.remove', 'fix.insert', 'fix.fallback', 'fix.variable', 'fix.closeWith', 'fix.endTagParagraph', 'fix.endTagReply'],
      ...['action.fixAllRule', 'action.fixAll', 'action.showDocs', 'action.disableLine', 'action.disableFile'],
      ...['cli.summary', 'cli.problems', 'cli.errors', 'cli.warnings', 'cli.infos'],
      ...['hint.handlePosts', 'hint.reviewReplies', 'hint.askedToGreet', 'hint.slotted', 'hint.fileAsMacro'],
      ...['threads', 'reviews', 'threadsOrReviews'].map((where) => `hint.fileAsThread.${where}`),
      'progress.firstLint',
      ...['window.notFixedNotUtf8', 'window.configBroken.lastGood', 'window.configBroken.defaults', 'window.configUnnamed', 'window.ruleDocs'],
      ...['action.nothingToFix', 'action.documentClosed', 'note.notAFile', 'note.tooLarge', 'docs.notActive', 'docs.from'],
      ...['window.fixAllNotLinted', 'window.fixAllClean', 'window.fixAllNoFixes', 'note.lintFailed', 'note.unknownLanguageSetting'],
      ...FILE_SKIP_IDS,
      ...['report.title', 'report.replies', 'report.files', 'report.errors', 'report.warnings', 'report.infos', 'report.clean', 'report.scorecard'],
      ...['report.findings', 'report.reply', 'report.noReplies', 'report.noFindings', 'report.perCategory', 'report.perRule', 'report.worstFirst'],
    ];
    for (const id of used) assert.ok(messageCatalog('en')![id] !== undefined, `en has no "${id}"`);
  });

  for (const language of messageLanguages().filter((language) => language !== 'en')) {
    it(`${language}: every id, with the same arguments, and the plural forms the language needs`, () => {
      const catalog = messageCatalog(language)!;
      assert.deepEqual(Object.keys(catalog).sort(), Object.keys(messageCatalog('en')!).sort(), 'the same ids as English');
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [id, entry] of Object.entries(catalog)) {
        const english = argumentsOf(textsOf(messageCatalog('en')![id])[0]!);
        for (const text of textsOf(entry)) assert.deepEqual(argumentsOf(text), english, `${language} ${id}: arguments`);
        if (typeof entry !== 'string') for (const category of categories) assert.ok(category in entry, `${language} ${id}: no "${category}" form`);
      }
    });
  }

  it('renders arguments, translated kinds and plural forms; falls back to English', () => {
    assert.equal(renderMessage('pl', 'scorecard.notForKind', { kind: 'snippet' }), 'Nie dotyczy tego rodzaju tekstu: fragment.');
    assert.equal(renderMessage('pl', 'cli.problems', { count: 1 }), '1 problem');
    assert.equal(renderMessage('pl', 'cli.problems', { count: 3 }), '3 problemy');
    assert.equal(renderMessage('pl', 'cli.problems', { count: 5 }), '5 problemów');
    assert.equal(renderMessage('lt', 'cli.errors', { count: 21 }), '21 klaida');
    assert.equal(renderMessage('fi', 'cli.warnings', { count: 2 }), '2 varoitusta');
    assert.equal(renderMessage('en', 'fix.replace', { text: 'soon' }), 'Replace with "soon"');
    // Numbers are written as the language writes them.
    assert.equal(
      uncheckedMessage({ title: 'Zwrot', language: 'pl' } as UnitReport),
      'Tekst „Zwrot” jest za długi, by sprawdzić go w całości: sprawdzono tylko około 200\u00a0000 pierwszych znaków, do tego miejsca.',
    );
    assert.match(uncheckedMessage({ title: 'Refund', language: 'en' } as UnitReport), /only about its first 200,000 characters/);
    // A language Replylint has no catalog for (a team pack's) reads English.
    assert.equal(renderMessage('de', 'fix.remove', { text: 'simply' }), 'Remove "simply"');
  });
});
