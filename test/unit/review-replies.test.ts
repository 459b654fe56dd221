// Trial 31: what a business posts publicly under a customer's review. Filed as `kind: reply`, one-line replies that
// thank for the review were asked for a letter's greeting and sign-off, and a reply signed "— Marcin" counted as
// unsigned; a template's "Thank you so much, [Name]!" was asked for a "Hi".
import * as assert from 'node:assert/strict';
import { buildConfig, type ConfigFile } from '../../server/src/engine/config/project-config';
import { lint } from '../../server/src/engine/linter';
import { renderRef } from '../../server/src/engine/messages';
import type { LintResult } from '../../server/src/engine/types';

const lintAs = (config: ConfigFile, text: string): LintResult => lint({ text, fileName: 'reply.txt' }, buildConfig(config, undefined).lintOptions);
const ids = (result: LintResult) => result.findings.map((finding) => finding.ruleId);
const formulas = (result: LintResult) => ids(result).filter((id) => id === 'formula/greeting' || id === 'formula/closing');

describe('a reply posted under a review', () => {
  // Own words, one per language: thanks for the review, the rating or the stars, in the first two sentences.
  const REVIEW_REPLIES: [string, string, string][] = [
    ['en', 'Wow! Thanks for the 5 stars, we loved having your team in for the tasting.', 'Thanks for the 5 stars'],
    ['pl', 'Dziękujemy za pozytywną opinię! Cieszymy się, że rower dotarł cały.', 'Dziękujemy za pozytywną opinię'],
    ['fi', 'Kiitos arvostelusta! Mukava kuulla, että kurssi oli hyödyllinen.', 'Kiitos arvostelusta'],
    ['lt', 'Ačiū už atsiliepimą! Smagu, kad kelionė patiko.', 'Ačiū už atsiliepimą'],
    ['sq', 'Faleminderit për vlerësimin! Na gëzon që dhoma ju pëlqeu.', 'Faleminderit për vlerësimin'],
  ];

  it('filed as a reply, thanks for a review make it a public reply: no greeting or closing asked', () => {
    for (const [language, text, excerpt] of REVIEW_REPLIES) {
      const result = lintAs({ language, kind: 'reply' }, text);
      const unit = result.units[0]!;
      assert.equal(unit.kind, 'thread', `${language}: ${text}`);
      assert.deepEqual(unit.kindReason, { id: 'kind.inferred.reviewInReply', args: { excerpt } }, language);
      assert.deepEqual(formulas(result), [], language);
      assert.match(renderRef(language, unit.kindReason!), /replylint kind=reply/, language);
    }
  });

  it('a thanks alone is a public reply too; a thanks that says more is not', () => {
    for (const [language, text] of [
      ['pl', 'Dziękujemy!'],
      ['pl', 'Pięknie dziękujemy'],
      ['en', 'Thank you so much!'],
      ['fi', 'Kiitos paljon!'],
      ['lt', 'Labai ačiū!'],
      ['sq', 'Faleminderit shumë!'],
    ]) {
      const result = lintAs({ language: language!, kind: 'reply' }, text!);
      assert.equal(result.units[0]!.kind, 'thread', text);
      assert.deepEqual(formulas(result), [], text);
    }
    for (const [language, text] of [
      ['lt', 'Ačiū, atsiprašome už vėlavimą.'],
      ['fi', 'Onneksi, kiitos kärsivällisyydestänne.'],
    ]) {
      assert.equal(lintAs({ language: language!, kind: 'reply' }, text!).units[0]!.kind, 'reply', text);
    }
  });

  it('an e-mail answering feedback, or thanks for a review further down, stays a reply asked to greet', () => {
    for (const [language, text] of [
      ['en', 'Thanks for your feedback on the booking page. The date picker fix ships on 14 January.'],
      ['fi', 'Kiitos palautteesta. Korjaus julkaistaan 14. tammikuuta.'],
      ['en', 'Your parcel left on Monday. It should reach you by Friday. Thanks for the review, by the way.'],
    ]) {
      const result = lintAs({ language: language!, kind: 'reply' }, text!);
      assert.equal(result.units[0]!.kind, 'reply', text);
      assert.ok(formulas(result).includes('formula/greeting'), `${text}: ${formulas(result).join(', ')}`);
    }
  });

  it('its content is still checked: a deferral in it is flagged', () => {
    const result = lintAs({ language: 'en', kind: 'reply' }, "Thanks for the honest review. We'll refund the shipping soon.");
    assert.equal(result.units[0]!.kind, 'thread');
    assert.ok(ids(result).includes('deferral/vague-timeframe'), ids(result).join(', '));
  });

  it('without a config, a one-word thanks signs nothing: no greeting asked', () => {
    const result = lintAs({ language: 'pl' }, 'Dziękujemy');
    assert.notEqual(result.units[0]!.kind, 'macro');
    assert.deepEqual(formulas(result), []);
  });
});

describe('a signature after a dash is a closing', () => {
  const SIGNED: [string, string][] = [
    ['en', 'Hi Dana,\n\nglad the sofa fits the room.\n— Anna, owner'],
    ['en', 'Hi Dana, glad the sofa fits the room. — Marta'],
    ['pl', 'Pani Ewo, dziękujemy za miłe słowa! Sernik pieczemy codziennie rano. — Marek'],
    ['pl', 'Dzień dobry,\n\nrower jest gotowy do odbioru w czwartek.\n– Zespół Rowerowni'],
    ['fi', 'Hei Liisa,\n\npyörä on valmis noudettavaksi torstaina.\n— Pekka, Pyöräpaja'],
    ['lt', 'Sveiki, Rasa,\n\ndviratis paruoštas atsiimti ketvirtadienį. — Tomas'],
    ['sq', 'Përshëndetje Arben,\n\nbiçikleta është gati për t’u marrë të enjten.\n— Drita, Punishtja'],
  ];

  it('on its own last line or after the last sentence, in five languages', () => {
    for (const [language, text] of SIGNED) {
      const result = lintAs({ language, kind: 'reply' }, text);
      assert.ok(!ids(result).includes('formula/closing'), `${language}: ${text}: ${ids(result).join(', ')}`);
    }
  });

  it('a list that ends the reply is no signature', () => {
    const result = lintAs({ language: 'en', kind: 'reply' }, 'Hi Dana,\n\nplease bring:\n- Receipt\n- Charger');
    assert.ok(ids(result).includes('formula/closing'), ids(result).join(', '));
  });
});

describe('a thanks that ends on the reader’s name greets', () => {
  const OPENINGS: [string, string][] = [
    ['en', 'Thank you so much, [Name]! Fitting your new kitchen was a pleasure.\n\nBest regards,\n[Your Business Name]'],
    ['en', 'Thanks for the 5-star review, Marta! The sofa looks great in your photo.\n\nBest,\nAnna'],
    ['pl', 'Dziękujemy bardzo, Pani Anno! Cieszymy się, że kuchnia się podoba.\n\nPozdrawiamy,\nZespół Kuchni'],
    ['fi', 'Kiitos paljon, [NIMI]! Oli ilo suunnitella keittiönne.\n\nTerveisin\nAnna'],
    ['lt', 'Labai ačiū, [VARDAS]! Smagu, kad virtuvė patinka.\n\nPagarbiai\nAnna'],
    ['sq', 'Faleminderit shumë, [EMRI]! Na gëzon që kuzhina ju pëlqen.\n\nMe respekt,\nAnna'],
  ];

  it('as a macro, in five languages', () => {
    for (const [language, text] of OPENINGS) {
      const result = lintAs({ language, kind: 'macro' }, text);
      assert.ok(!ids(result).includes('formula/greeting'), `${language}: ${text}: ${ids(result).join(', ')}`);
    }
  });

  it('a thanks that ends on anything but a name still lacks a greeting', () => {
    const result = lintAs({ language: 'en', kind: 'reply' }, 'Thanks, your parcel is on its way!\n\nBest,\nAnna');
    assert.ok(ids(result).includes('formula/greeting'), ids(result).join(', '));
  });
});
