// Issue 13 (recall brief item 1, rv29 #7): a decision told in the passive ("odwołanie zostało odrzucone") hides who
// made it, unless the reply names its maker in the first person (clarity/passive-closed's unless.owned: "Rozpatrzyłam
// …"). A writer who only thanks or sends something owns no decision. en reads no refusal in the passive yet (the
// reviewer's HIGH 07:08: reported and third-party refusals), so its twins are not here.
import * as assert from 'node:assert/strict';
import { spansOf } from '../support/engine';

const RULE = 'clarity/passive-closed';
const flagged = (text: string, language: string) => spansOf(RULE, text, 'reply.txt', { language, kind: 'reply' });

describe('a passive decision owned in the first person, in every language', () => {
  it('is quiet when the writer says they weighed the case', () => {
    const owned: [string, string][] = [
      ['pl', 'Rozpatrzyłam Pana reklamację razem ze zdjęciami. Reklamacja została odrzucona, ponieważ zużycie powłoki jest zwykłe.'],
      ['fi', 'Kävin läpi reklamaatiosi ja kuvat. Reklamaatiosi on hylätty, koska pinnoitteen kuluminen on tavallista.'],
      ['lt', 'Peržiūrėjau jūsų pretenziją ir nuotraukas. Pretenzija atmesta, nes dangos nusidėvėjimas yra įprastas.'],
      ['sq', 'E shqyrtova ankesën tuaj bashkë me fotot. Ankesa juaj është refuzuar, sepse konsumimi i veshjes është i zakonshëm.'],
    ];
    for (const [language, text] of owned) assert.deepEqual(flagged(text, language), [], `${language}: ${text}`);
  });

  it('still flags it with nobody named, or a writer who decided nothing', () => {
    const hidden: [string, string, string][] = [
      ['pl', 'Dziękujemy za zdjęcia. Reklamacja została odrzucona, ponieważ zużycie powłoki jest zwykłe.', 'Reklamacja została odrzucona'],
      ['fi', 'Kiitos kuvista. Reklamaatiosi on hylätty, koska pinnoitteen kuluminen on tavallista.', 'on hylätty'],
      ['lt', 'Ačiū už nuotraukas. Pretenzija atmesta, nes dangos nusidėvėjimas yra įprastas.', 'Pretenzija atmesta'],
      ['sq', 'Faleminderit për fotot. Ankesa juaj është refuzuar, sepse konsumimi i veshjes është i zakonshëm.', 'juaj është refuzuar'],
    ];
    for (const [language, text, span] of hidden) assert.deepEqual(flagged(text, language), [span], `${language}: ${text}`);
  });

  it('keeps other passives', () => {
    // Owning a decision does not own a closure: "zamknięte" stays flagged.
    assert.deepEqual(flagged('Rozpatrzyłam Pana sprawę. Zgłoszenie zostało zamknięte.', 'pl'), ['Zgłoszenie zostało zamknięte']);
  });
});
