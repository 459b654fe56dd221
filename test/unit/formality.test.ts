// Formality is a team's choice, consistency is not: with the default
// (formality: any) neither form of address is flagged, a chosen form flags
// the other one, and mixing both within one reply is flagged whatever the
// setting. Per language, in overrides, and with the first form setting the
// reply's register.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigError, resolveConfig } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { lintText } from '../support/engine';

const ADDRESS_RULES = ['tone/formality-mix', 'tone/informal-address', 'tone/formal-address'];

function addressFindings(text: string, language: string, formality?: unknown): string[] {
  const config = { language, ...(formality === undefined ? {} : { formality }) } as Parameters<typeof lintText>[2];
  return lintText(text, 'reply.txt', config)
    .findings.filter((finding) => ADDRESS_RULES.includes(finding.ruleId))
    .map((finding) => `${finding.ruleId}:${finding.excerpt}`);
}

// One reply per language in each form, and one that mixes them.
const REPLIES: Record<string, { formal: string; informal: string; mixed: string; switchedTo: string }> = {
  pl: {
    formal: 'Dzień dobry Panie Tomaszu,\n\nPana zamówienie wyszło dziś rano.\n\nPozdrawiam,\nAnna',
    informal: 'Cześć Tomku,\n\nTwoje zamówienie wyszło dziś rano.\n\nPozdrawiam,\nAnna',
    mixed: 'Dzień dobry Panie Tomaszu,\n\nTwoje zamówienie wyszło dziś rano.\n\nPozdrawiam,\nAnna',
    switchedTo: 'Twoje',
  },
  fi: {
    formal: 'Hei,\n\nkiitos viestistänne. Voitte noutaa paketin huomenna.\n\nTerveisin,\nAnna',
    informal: 'Hei,\n\nkiitos viestistäsi. Voit noutaa paketin huomenna.\n\nTerveisin,\nAnna',
    mixed: 'Hei,\n\nkiitos viestistäsi. Voitte noutaa paketin huomenna.\n\nTerveisin,\nAnna',
    switchedTo: 'Voitte',
  },
  lt: {
    formal: 'Laba diena,\n\nJūsų užsakymas išsiųstas. Siuntą gausite rytoj.\n\nPagarbiai,\nRūta',
    informal: 'Labas,\n\ntavo užsakymas išsiųstas. Siuntą gausi rytoj.\n\nRūta',
    mixed: 'Laba diena,\n\nJūsų užsakymas išsiųstas. Siuntą gausi rytoj.\n\nPagarbiai,\nRūta',
    switchedTo: 'gausi',
  },
  sq: {
    formal: 'Përshëndetje,\n\nporosia juaj u nis sot.\n\nMe respekt,\nAna',
    informal: 'Përshëndetje,\n\nporosia jote u nis sot.\n\nMe respekt,\nAna',
    mixed: 'Përshëndetje,\n\nporosia juaj u nis sot. Kodin tënd e gjen në e-mail.\n\nMe respekt,\nAna',
    switchedTo: 'tënd',
  },
};

describe('formality', () => {
  for (const [language, reply] of Object.entries(REPLIES)) {
    describe(language, () => {
      it('any (the default): either form is fine, mixing them is flagged at the switch', () => {
        assert.deepEqual(addressFindings(reply.formal, language), []);
        assert.deepEqual(addressFindings(reply.informal, language), []);
        assert.deepEqual(addressFindings(reply.mixed, language), [`tone/formality-mix:${reply.switchedTo}`]);
      });

      it('formal flags the informal form; informal flags the formal form', () => {
        assert.deepEqual(addressFindings(reply.formal, language, 'formal'), []);
        assert.ok(addressFindings(reply.informal, language, 'formal').every((finding) => finding.startsWith('tone/informal-address:')));
        assert.notEqual(addressFindings(reply.informal, language, 'formal').length, 0);
        assert.deepEqual(addressFindings(reply.informal, language, 'informal'), []);
        assert.ok(addressFindings(reply.formal, language, 'informal').every((finding) => finding.startsWith('tone/formal-address:')));
        assert.notEqual(addressFindings(reply.formal, language, 'informal').length, 0);
      });

      it('mixing is flagged under every setting', () => {
        for (const formality of ['formal', 'informal', 'any']) {
          assert.ok(addressFindings(reply.mixed, language, formality).includes(`tone/formality-mix:${reply.switchedTo}`), formality);
        }
      });
    });
  }

  it('per language: a map sets each language on its own, the rest stay any', () => {
    assert.notEqual(addressFindings(REPLIES.pl!.informal, 'pl', { pl: 'formal' }).length, 0);
    assert.deepEqual(addressFindings(REPLIES.fi!.informal, 'fi', { pl: 'formal' }), []);
  });

  it('the first form used sets the register, whichever it is', () => {
    assert.deepEqual(addressFindings('Cześć Aniu! Czy mogłaby Pani przesłać zdjęcie paczki?', 'pl'), ['tone/formality-mix:Pani']);
  });

  it('quoted customer words do not count as the writer switching form', () => {
    const text = 'Dzień dobry,\n\n> Twoje zamówienie nie dotarło\n\nPana zamówienie wyszło dziś rano.\n\nPozdrawiam,\nAnna';
    assert.deepEqual(addressFindings(text, 'pl'), []);
  });

  it('English has one form of address: nothing to flag', () => {
    assert.deepEqual(addressFindings('Hi Sam,\n\nYour order shipped today.\n\nBest,\nAna', 'en', 'formal'), []);
  });

  describe('in config files', () => {
    function workspace(files: Record<string, string>): string {
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-formality-')));
      for (const [name, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), content);
      }
      return dir;
    }

    it('overrides set formality for some folders only', () => {
      const dir = workspace({ '.replylint.yaml': 'language: pl\noverrides:\n  - files: ["bank/**"]\n    formality: { pl: formal }\n' });
      const ids = (file: string) =>
        lint({ text: REPLIES.pl!.informal, fileName: file }, resolveConfig(path.join(dir, file)).lintOptions).findings.map((finding) => finding.ruleId);
      assert.ok(ids('bank/x.md').includes('tone/informal-address'));
      assert.ok(!ids('shop/x.md').includes('tone/informal-address'));
    });

    it('an unknown formality is a config error at its line', () => {
      const dir = workspace({ '.replylint.yaml': 'language: pl\nformality: polite\n' });
      assert.throws(
        () => resolveConfig(path.join(dir, 'x.md')),
        (error: unknown) => error instanceof ConfigError && /\.replylint\.yaml:2:\d+: formality/.test(error.message),
      );
    });
  });
});
