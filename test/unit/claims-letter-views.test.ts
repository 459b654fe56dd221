// A leasing company's claims letters, Laravel Blade views generated for one claim, and a broker's SMS joined from a
// script's strings (trial 46): what of them is code and never reaches the reader. The texts are our own.
import * as assert from 'node:assert/strict';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { scanPlaceholders } from '../../server/src/engine/placeholders/scan';
import { blocks } from '../../server/src/engine/text/analyze';
import { findingsOf, lintText } from '../support/engine';

const spans = (ruleId: string, text: string, fileName = 'letter.blade.php', language = 'pl') =>
  findingsOf(ruleId, text, fileName, { language, kind: 'macro' }).map((finding) => text.slice(finding.start, finding.end));
const proseOf = (text: string, fileName = 'letter.blade.php') => splitReplyUnits(text, fileName, {})[0]!.prose;
/** The prose at `code`'s place in `text`: blank when it is masked whole. */
const proseAt = (text: string, code: string, fileName?: string) => {
  const start = text.indexOf(code);
  assert.ok(start >= 0, code);
  return proseOf(text, fileName).slice(start, start + code.length);
};

describe('claims letter views (trial 46)', () => {
  it('a Blade comment over several lines is one comment, whatever it holds ({{ $x }} too): no unclosed "{{", no stray "}}"', () => {
    const comment =
      "{{-- <table>\n  <tr><td>{{ $claim->insurer ? $claim->insurer->name : '' }}</td></tr>\n  <tr><td>{{ $claim->insurer->city }}</td></tr>\n</table> --}}";
    const text = `<p>Szanowni Państwo,</p>\n${comment}\n<p>szkoda nr {{ $claim->number }} została zgłoszona do ubezpieczyciela.</p>\n<p>Z poważaniem<br>Dział Szkód</p>`;
    assert.deepEqual(spans('placeholder/malformed', text), []);
    assert.equal(proseAt(text, comment).trim(), '');
    const scan = scanPlaceholders(text);
    assert.deepEqual(scan.problems, []);
    assert.deepEqual(
      scan.placeholders.map((placeholder) => text.slice(placeholder.start, placeholder.end)),
      [comment, '{{ $claim->number }}'],
    );
    // Never ended, the "{{--" is an unclosed opening as before.
    assert.equal(spans('placeholder/malformed', '<p>Dzień dobry,</p>\n{{-- stara tabela\n<p>szkoda jest zgłoszona.</p>').length, 1);
  });

  it('a branch under @if(false) or @if (0) is never sent: none of its text is judged; other @if branches and an @else are', () => {
    const statute =
      'Przypominamy, że zgodnie z przepisami ustawy o ruchu drogowym właściciel pojazdu, który uległ szkodzie całkowitej i został wyrejestrowany, ma obowiązek zwrócić dowód rejestracyjny oraz tablice rejestracyjne w urzędzie komunikacji właściwym dla miejsca zamieszkania w terminie trzydziestu dni od dnia otrzymania decyzji ubezpieczyciela o wypłacie odszkodowania.';
    const letter = (condition: string) =>
      `<p>Szanowni Państwo,</p>\n<p>w załączeniu przesyłamy decyzję ubezpieczyciela w sprawie szkody nr {{ $claim->number }}.</p>\n${condition}\n<p>${statute}</p>\n@endif\n<p>Z poważaniem<br>Dział Szkód</p>`;
    for (const condition of ['@if(false)', '@if (0)', '@if( false )']) {
      const text = letter(condition);
      assert.deepEqual(spans('clarity/long-sentence', text), [], condition);
      assert.equal(proseAt(text, statute).trim(), '', condition);
    }
    // A real condition may be true: its branch is prose.
    assert.equal(spans('clarity/long-sentence', letter('@if($claim->deregistered)')).length, 1);
    // The @else of a never-true @if is always sent; a nested @if … @endif inside the unsent branch is passed over.
    const withElse = `<p>Szanowni Państwo,</p>\n@if(false)\n@if($claim->total)\n<p>stara treść</p>\n@endif\n<p>nieaktualne</p>\n@else\n<p>${statute}</p>\n@endif`;
    assert.equal(spans('clarity/long-sentence', withElse).length, 1);
    assert.equal(proseAt(withElse, '<p>nieaktualne</p>').trim(), '');
    // Never ended, an @if(false) keeps nothing out.
    assert.equal(spans('clarity/long-sentence', `<p>Szanowni Państwo,</p>\n@if(false)\n<p>${statute}</p>`).length, 1);
  });

  it('a PHP tag in a view is code to its "?>", though its "->" closes what a browser reads; one that prints reads as a word', () => {
    const tag = '<?php $car = $claim->vehicle()->first(); ?>';
    const text = `<?php // odmowa ?>\n<p>Dotyczy szkody nr {{ $claim->number }}</p>\n${tag}\n<p>Szanowni Państwo,</p>\n<p>pojazd {{ $car->plate }} nie został jeszcze oceniony.</p>`;
    assert.equal(proseAt(text, tag).trim(), '');
    assert.doesNotMatch(proseOf(text), /first|\?>/);
    const printed = 'Pojazd <?= $car->plate ?> czeka na oględziny.';
    assert.equal(proseAt(printed, '<?= $car->plate ?>', 'letter.php').replace(/x/g, '').trim(), '');
    assert.match(proseAt(printed, '<?= $car->plate ?>', 'letter.php'), /^x+/);
    // "<?xml" and a "<?php" never closed are left as they stand.
    assert.deepEqual(
      scanPlaceholders('<?php a tag we name in prose').placeholders.map((placeholder) => placeholder.syntax),
      [],
    );
  });

  it('an index right after a name inside single braces is code ({nr_polisy[n]}), not a fill-in slot [n], in any dialect', () => {
    const sms = 'Dnia {koniec_okresu[n]} konczy sie Twoja polisa nr {nr_polisy[n]}, {przedmiot[n]}. W sprawie odnowienia prosimy o kontakt z {opiekun[n]}';
    for (const placeholders of [undefined, 'handlebars', 'liquid']) {
      const found = findingsOf('placeholder/unfilled-slot', sms, 'sms.txt', { language: 'pl', kind: 'auto-reply', ...(placeholders ? { placeholders } : {}) });
      assert.deepEqual(found, [], placeholders);
    }
    assert.deepEqual(
      scanPlaceholders(sms).placeholders.map((placeholder) => [placeholder.kind, placeholder.variable]),
      [
        ['output', 'koniec_okresu[n]'],
        ['output', 'nr_polisy[n]'],
        ['output', 'przedmiot[n]'],
        ['output', 'opiekun[n]'],
      ],
    );
    // A bracket among words is still one, in what an agent sends.
    assert.equal(findingsOf('placeholder/unfilled-slot', 'Twoja polisa [NUMER] kończy się jutro.', 'sms.txt', { language: 'pl', kind: 'reply' }).length, 1);
  });

  it('a contact line that ends in a phone number, with no full stop, over a line opening with a capital is a sentence of its own', () => {
    const text =
      '<p>Szanowni Państwo,</p>\n<p>\n    W sprawie samej likwidacji szkody prosimy dzwonić pod numer 800 123 456 w. 2\n    W sprawie wcześniejszego zakończenia umowy leasingu albo przeniesienia jej na inną firmę prosimy dzwonić do działu obsługi umów pod numer 800 123 456 w. 7\n</p>\n<p>Z poważaniem<br>Anna Wiśniewska</p>';
    assert.deepEqual(spans('clarity/long-sentence', text), []);
    const pieces = (prose: string) => blocks(prose).map((block) => prose.slice(block.start, block.end).trim());
    assert.deepEqual(pieces('Call us on 0800 123 4567\nOur lines open at nine.'), ['Call us on 0800 123 4567', 'Our lines open at nine.']);
    // A short number may wrap a sentence ("on 12" over "March"), as before.
    assert.deepEqual(pieces('We will call you on 12\nMarch to confirm the visit.'), ['We will call you on 12\nMarch to confirm the visit.']);
  });

  it("a quotation mark of a placeholder's code opens no quotation that hides the writer's words after it", () => {
    const sentence = 'Wypełnioną deklarację prosimy odesłać do dnia {{ $termin }} ';
    const text = `<p>Mogą Państwo odkupić pozostałości za kwotę {{ $wrak->kwota }} {{ $wrak->waluta ?: "" }}. ${sentence}<span style="font-weight: bold">pocztą albo skanem</span>.</p>`;
    assert.match(proseAt(text, sentence), /^Wypełnioną deklarację prosimy odesłać do dnia x+ $/);
    // A quotation in the prose, or one inside a placeholder, is masked as before.
    const quoted = 'Kliknij „Zapisz” albo "Wyślij" przy polu {{ $pole ?: "kwota" }}.';
    assert.equal(proseAt(quoted, '"Wyślij"').trim(), '');
    assert.equal(proseAt(quoted, '„Zapisz”').trim(), '');
  });

  it('a Polish macro signed "Pozdrawiam serdecznie," or "Serdecznie pozdrawiamy," over a name is signed, as one under "Pozdrawiam," is', () => {
    const body = 'dziękuję za zdjęcia uszkodzonego zderzaka. Rzeczoznawca obejrzy je do piątku i wtedy napiszę, ile wyniesie naprawa.';
    const kindOf = (text: string) => lintText(text, 'makro.txt', { language: 'pl', kind: 'macro' }).units[0]!.kind;
    for (const signOff of [
      'Pozdrawiam serdecznie,\nLena Nowak',
      'Serdecznie pozdrawiamy,\nLena Nowak',
      'Pozdrawiam serdecznie,  \r\nLena Nowak  \r\n',
      'Pozdrawiam serdecznie,\n{{ agent.name }}',
    ]) {
      assert.equal(kindOf(`${body}\n\n${signOff}`), kindOf(`${body}\n\nPozdrawiam,\nLena Nowak`), signOff);
      assert.equal(kindOf(`${body}\n\n${signOff}`), 'macro', signOff);
    }
    // Unsigned, the same words are a body the agent wraps.
    assert.equal(kindOf(body), 'snippet');
  });
});
