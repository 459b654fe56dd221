// ownership/no-one-available (strict only): a phone system's or a chat widget's "no agent is available" with nothing
// the caller can do next (trial 32's miss, an IVR's noAgent prompt). Only in automatic messages and saved chat lines,
// as ownership/dead-end: a person's reply or a single chat message has a person in it already.
import * as assert from 'node:assert/strict';
import type { ReplyKind } from '../../server/src/engine/types';
import { findingsOf } from '../support/engine';

/** The prompt kept with others in a file: a saved line. */
const saved = (text: string) => `## welcome\n\nHi!\n\n## no_agent\n\n${text}`;

function noOneAvailable(language: string, text: string, kind: ReplyKind, packs: string[]): boolean {
  return findingsOf('ownership/no-one-available', text, 'prompt.md', { language, kind, extends: packs }).length > 0;
}

const NO_WAY_ON: [string, string][] = [
  ['en', 'Apologies, but no agent is available just now.'],
  ['pl', 'Przepraszamy, \u017caden agent nie jest obecnie dost\u0119pny.'],
  ['fi', 'Valitettavasti yht\u00e4\u00e4n agenttia ei ole saatavilla t\u00e4ll\u00e4 hetkell\u00e4.'],
  ['lt', 'Atsipra\u0161ome, \u0161iuo metu laisv\u0173 konsultant\u0173 n\u0117ra.'],
  ['sq', 'M\u00eb falni, asnj\u00eb agjent nuk \u00ebsht\u00eb i disponuesh\u00ebm p\u00ebr momentin.'],
];

const WITH_A_WAY_ON: [string, string][] = [
  ['en', 'Sorry, no agent is available right now. Please leave your name and number after the tone and we will call you back today.'],
  ['pl', 'Przepraszamy, \u017caden konsultant nie jest teraz dost\u0119pny. Po sygnale zostaw imi\u0119 i numer telefonu, oddzwonimy dzi\u015b.'],
  [
    'fi',
    'Valitettavasti yht\u00e4\u00e4n asiakaspalvelijaa ei ole nyt saatavilla. J\u00e4t\u00e4 nimesi ja numerosi \u00e4\u00e4nimerkin j\u00e4lkeen, soitamme takaisin t\u00e4n\u00e4\u00e4n.',
  ],
  [
    'lt',
    'Atsipra\u0161ome, \u0161iuo metu laisv\u0173 konsultant\u0173 n\u0117ra. Po signalo palikite vard\u0105 ir telefono numer\u012f, perskambinsime \u0161iandien.',
  ],
  ['sq', 'M\u00eb falni, asnj\u00eb agjent nuk \u00ebsht\u00eb i disponuesh\u00ebm tani. Pas sinjalit lini emrin dhe numrin, ju telefonojm\u00eb sot.'],
];

/** A way on told otherwise: a queue answered in turn, answers to find on a help page, a bare link (reviewer MED 11). */
const OTHER_WAYS_ON: [string, string][] = [
  ['en', 'Our advisers are busy with other callers. Each call is answered in turn.'],
  ['en', 'All our lines are busy. You can find answers at help.example.com.'],
  ['en', 'All our agents are busy right now. https://help.example.com/contact'],
  ['pl', 'Konsultanci s\u0105 zaj\u0119ci. Odbierzemy w kolejno\u015bci po\u0142\u0105cze\u0144.'],
  ['pl', 'Wszyscy konsultanci s\u0105 zaj\u0119ci. Pomoc: pomoc.example.pl/kontakt'],
  ['fi', 'Asiakaspalvelijamme ovat varattuina. Puheluihin vastataan tuloj\u00e4rjestyksess\u00e4.'],
  ['fi', 'Asiakaspalvelijamme ovat varattuina. Ohjeita l\u00f6yd\u00e4t osoitteesta apu.example.fi.'],
  ['lt', 'Konsultantai \u0161iuo metu u\u017eimti. Atsiliepsime eil\u0117s tvarka.'],
  ['lt', 'Konsultantai \u0161iuo metu u\u017eimti. Atsakymus rasite pagalba.example.lt.'],
  ['sq', 'Operator\u00ebt jan\u00eb t\u00eb z\u00ebn\u00eb. Udh\u00ebzime gjeni te ndihma.example.al.'],
  ['sq', 'Operator\u00ebt jan\u00eb t\u00eb z\u00ebn\u00eb. Shkruani te ndihma@example.al'],
];

/** Holding told in other words: stay on, do not hang up, the next free person takes the call (reviewer HIGH on f4698293). */
const HOLD_LINES: [string, string][] = [
  ['en', 'All of our agents are engaged. Please continue to hold.'],
  ['en', 'No adviser is free just now, but the next available adviser will pick up.'],
  ['en', 'All our advisers are busy. We will text you a link to carry on by SMS.'],
  ['pl', 'Konsultanci s\u0105 teraz zaj\u0119ci. Prosimy si\u0119 nie roz\u0142\u0105cza\u0107.'],
  ['fi', 'Asiakaspalvelijamme ovat nyt varattuina. \u00c4l\u00e4 sulje puhelinta.'],
  ['lt', 'Konsultantai \u0161iuo metu u\u017eimti. Pra\u0161ome neatsijungti.'],
  ['sq', 'Operator\u00ebt jan\u00eb t\u00eb z\u00ebn\u00eb. Ju lutemi mos e mbyllni.'],
];

/** Thanks for the call is no way on ("soitostanne", "na telefononi"); a longer time between the words still triggers. */
const THANKS_THEN_GOODBYE: [string, string][] = [
  ['en', 'Thank you for calling. All our advisers are busy at the moment. Goodbye.'],
  ['fi', 'Kiitos soitostanne. Asiakaspalvelijamme ovat t\u00e4ll\u00e4 hetkell\u00e4 varattuina. N\u00e4kemiin.'],
  ['sq', 'Faleminderit q\u00eb na telefononi. Operator\u00ebt tan\u00eb jan\u00eb t\u00eb z\u00ebn\u00eb. Mirupafshim.'],
];

describe('ownership/no-one-available', function () {
  this.timeout(60_000);
  const strict = ['recommended', 'strict'];

  it('strict flags it with no way on, in auto-reply and saved chat lines, five languages', () => {
    for (const [language, text] of NO_WAY_ON) {
      assert.equal(noOneAvailable(language, text, 'auto-reply', strict), true, `${language} auto-reply: ${text}`);
      assert.equal(noOneAvailable(language, saved(text), 'chat', strict), true, `${language} chat: ${text}`);
    }
  });

  it('a queue answered in turn, answers to find at a place, a link or an address meet it', () => {
    for (const [language, text] of OTHER_WAYS_ON) assert.equal(noOneAvailable(language, text, 'auto-reply', strict), false, `${language}: ${text}`);
  });

  it('holding told otherwise meets it; thanks for the call does not', () => {
    for (const [language, text] of HOLD_LINES) assert.equal(noOneAvailable(language, text, 'auto-reply', strict), false, `${language}: ${text}`);
    for (const [language, text] of THANKS_THEN_GOODBYE) assert.equal(noOneAvailable(language, text, 'auto-reply', strict), true, `${language}: ${text}`);
  });

  it('a way on meets it; a reply, one chat message or recommended alone is not asked', () => {
    for (const [language, text] of WITH_A_WAY_ON) assert.equal(noOneAvailable(language, text, 'auto-reply', strict), false, `${language}: ${text}`);
    for (const [language, text] of NO_WAY_ON) {
      assert.equal(noOneAvailable(language, text, 'reply', strict), false, `${language} reply: ${text}`);
      assert.equal(noOneAvailable(language, text, 'chat', strict), false, `${language} one chat message: ${text}`);
      assert.equal(noOneAvailable(language, text, 'auto-reply', ['recommended']), false, `${language} recommended: ${text}`);
    }
  });
});
