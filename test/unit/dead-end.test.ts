// ownership/dead-end (strict only): a chat bot's fallback answer with no way to a person or another channel (trial 30's
// misses). Only in saved chat lines (one of a library's answers) and automatic messages: an agent's reply, a transcript's
// turn or a chat file that is one message is the person already, and a clarification question asks one thing (reviewer-29).
import * as assert from 'node:assert/strict';
import type { ReplyKind } from '../../server/src/engine/types';
import { findingsOf } from '../support/engine';

/** The answer kept in a bot's library, after its greeting: a saved chat line. */
const saved = (text: string) => `## utter_greet\n\nHi!\n\n## utter_default\n\n${text}`;

function deadEnd(language: string, text: string, kind: ReplyKind, packs: string[]): boolean {
  return findingsOf('ownership/dead-end', text, 'answer.md', { language, kind, extends: packs }).length > 0;
}

const FALLBACKS: [string, string][] = [
  ['en', "Sorry, I didn't understand that. Could you rephrase your question?"],
  ['pl', 'Przepraszam, nie zrozumia\u0142em. Czy mo\u017cesz napisa\u0107 to inaczej?'],
  ['fi', 'Anteeksi, en ymm\u00e4rt\u00e4nyt. Voisitko muotoilla kysymyksen toisin?'],
  ['lt', 'Atsipra\u0161au, nesupratau. Gal galite performuluoti klausim\u0105?'],
  ['sq', 'M\u00eb falni, nuk e kuptova. A mund ta riformuloni pyetjen?'],
];

const WITH_A_ROUTE: [string, string][] = [
  ['en', "Sorry, I didn't understand that. Could you rephrase it, or type agent to chat with our team?"],
  ['pl', 'Przepraszam, nie zrozumia\u0142em. Napisz to inaczej albo wpisz konsultant, a po\u0142\u0105cz\u0119 Ci\u0119 z zespo\u0142em.'],
  ['fi', 'Anteeksi, en ymm\u00e4rt\u00e4nyt. Muotoile kysymys toisin tai kirjoita asiakaspalvelu, niin yhdist\u00e4n sinut tiimillemme.'],
  ['lt', 'Atsipra\u0161au, nesupratau. Performuluokite klausim\u0105 arba para\u0161ykite konsultantas, ir sujungsiu jus su komanda.'],
  ['sq', "M\u00eb falni, nuk e kuptova. Riformuloni pyetjen ose shkruani operator dhe do t'ju lidh me ekipin."],
];

const CLARIFICATIONS: [string, string][] = [
  ['fi', 'Anteeksi, en ymm\u00e4rt\u00e4nyt, mit\u00e4 tilausta tarkoitat. Voisitko l\u00e4hett\u00e4\u00e4 tilausnumeron?'],
  ['lt', 'Atsipra\u0161au, nesupratau, kur\u012f u\u017esakym\u0105 turite omenyje. Gal galite atsi\u0173sti u\u017esakymo numer\u012f?'],
  ['pl', 'Przepraszam, nie zrozumia\u0142am, o kt\u00f3re zam\u00f3wienie chodzi. Czy mo\u017ce Pani poda\u0107 numer?'],
  ['sq', 'M\u00eb falni, nuk e kuptova p\u00ebr cil\u00ebn porosi e keni fjal\u00ebn. Mund t\u00eb m\u00eb d\u00ebrgoni numrin e porosis\u00eb?'],
];

/** A phone system's re-prompt that asks for one thing: saying it or keying it in is the way on. */
const ONE_THING_AGAIN: [string, string][] = [
  ['en', "Sorry, I didn't catch that. Please say your account number, or key it in."],
  ['pl', 'Przepraszam, nie zrozumia\u0142em. Podaj numer klienta albo wpisz go na klawiaturze.'],
  ['fi', 'Anteeksi, en ymm\u00e4rt\u00e4nyt. Sano asiakasnumerosi tai n\u00e4pp\u00e4ile se.'],
  ['lt', 'Atsipra\u0161au, nesupratau. Pasakykite kliento numer\u012f arba \u012fveskite j\u012f klaviat\u016bra.'],
  ['sq', 'M\u00eb falni, nuk e kuptova. Thoni numrin e klientit ose futeni me tastier\u00eb.'],
];

describe('ownership/dead-end', function () {
  this.timeout(60_000);
  const strict = ['recommended', 'strict'];

  it('strict flags a fallback with no route, in chat and auto-reply, five languages', () => {
    for (const [language, text] of FALLBACKS) {
      assert.equal(deadEnd(language, saved(text), 'chat', strict), true, `${language} chat: ${text}`);
      assert.equal(deadEnd(language, text, 'auto-reply', strict), true, `${language} auto-reply: ${text}`);
    }
  });

  it('a way to a person meets it; a reply or macro, or recommended alone, is not asked', () => {
    for (const [language, text] of WITH_A_ROUTE) assert.equal(deadEnd(language, saved(text), 'chat', strict), false, `${language}: ${text}`);
    for (const [language, text] of FALLBACKS) {
      assert.equal(deadEnd(language, text, 'macro', strict), false, `${language} macro: ${text}`);
      assert.equal(deadEnd(language, saved(text), 'chat', ['recommended']), false, `${language} recommended: ${text}`);
      assert.equal(deadEnd(language, text, 'chat', strict), false, `${language} one chat message: ${text}`);
    }
  });

  it('a re-prompt for one thing is a way on (phone prompts, auto-reply)', () => {
    for (const [language, text] of ONE_THING_AGAIN) assert.equal(deadEnd(language, text, 'auto-reply', strict), false, `${language}: ${text}`);
  });

  it('a clarification question asks one thing and is no fallback', () => {
    const strict = ['recommended', 'strict'];
    for (const [language, text] of CLARIFICATIONS) assert.equal(deadEnd(language, saved(text), 'chat', strict), false, `${language}: ${text}`);
  });
});
