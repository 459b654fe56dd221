// Laravel Blade views (and Twig, read as generic Liquid beside them): {{ $user->first_name }} prints a PHP variable,
// {!! $html !!} prints it unescaped, {{-- … --}} is a comment, @if(…)/@endif is control flow. A greeting whose name is
// such a variable greets with a name slot, as "{{ first_name }}" does (issue 12: a fintech's HTML notices in Blade).
import * as assert from 'node:assert/strict';
import type { ReplyKind } from '../../server/src/engine/types';
import { splitReplyUnits } from '../../server/src/engine/units/formats';
import { findingsOf, lintText } from '../support/engine';

const VOCATIVE = 'placeholder/vocative-name';
const excerpts = (ruleId: string, text: string, language: string, fileName = 'notice.html', kind: ReplyKind = 'macro') =>
  findingsOf(ruleId, text, fileName, { language, kind }).map((finding) => text.slice(finding.start, finding.end));

describe('Blade views', () => {
  it('a Blade name variable in a Polish or Lithuanian greeting is a name in the nominative, as {{ first_name }} is', () => {
    const greetings = {
      pl: ['<p>Dzień dobry {{ $user->first_name }},</p>\r\n<p>wpłata {{ $rata->kwota }} jest zaksięgowana.</p>', '{{ $user->first_name }}'],
      lt: ['<p>Sveiki, {{ $klientas->vardas }},</p>\r\n<p>mokėjimą {{ $paskola->suma }} gavome.</p>', '{{ $klientas->vardas }}'],
    };
    for (const [language, [text, name]] of Object.entries(greetings)) {
      assert.deepEqual(excerpts(VOCATIVE, text!, language), [name], language);
      // The same in a plain-text view and with Blade's unescaped output.
      const plain = text!.replace(/<\/?p>/g, '').replace(/\{\{ (\$[^}]+) \}\}/, '{!! $1 !!}');
      assert.deepEqual(excerpts(VOCATIVE, plain, language, 'notice.blade.php').length, 1, `${language}: ${plain}`);
    }
    // An array's quoted key is a path step too ({{ $data['name'] }}, {!! $data["imie"] !!}), as Twig's data.name is.
    assert.deepEqual(excerpts(VOCATIVE, "<p>Witaj {{ $data['name'] }},</p>\n<p>wniosek dotarł.</p>", 'pl'), ["{{ $data['name'] }}"]);
    assert.deepEqual(excerpts(VOCATIVE, '<p>Sveiki, {!! $data["vardas"] !!},</p>\n<p>prašymą gavome.</p>', 'lt'), ['{!! $data["vardas"] !!}']);
    assert.deepEqual(excerpts(VOCATIVE, "<p>Witaj {{ $data['agent_name'] }},</p>\n<p>zgłoszenie czeka.</p>", 'pl'), []);
    // Twig's filter after the name changes nothing.
    assert.deepEqual(excerpts(VOCATIVE, '<p>Dzień dobry {{ user.first_name|capitalize }},</p>\n<p>wpłata jest zaksięgowana.</p>', 'pl'), [
      '{{ user.first_name|capitalize }}',
    ]);
    // Another person's name is nobody's address: the agent's.
    assert.deepEqual(excerpts(VOCATIVE, '<p>Dzień dobry {{ $agent->first_name }},</p>\n<p>zgłoszenie czeka.</p>', 'pl'), []);
  });

  it('an English greeting with a Blade name greets by a name slot; no fallback is asked, as the code passes the value (laravel)', () => {
    const text = '<p>Hi {{ $user->first_name }},</p>\n<p>Your transfer arrived today.</p>\n<p>Best,<br>Ana</p>';
    const result = lintText(text, 'transfer.blade.php', { language: 'en', kind: 'reply' });
    assert.equal(result.units[0]!.scorecard.greeting, 'pass');
    assert.deepEqual(
      result.findings.filter((finding) => finding.ruleId.startsWith('placeholder/')),
      [],
    );
  });

  it('a Blade comment and @if/@endif are no prose and hold no fill-in', () => {
    const text =
      '<p>Hi {{ $user->first_name ?? "there" }},</p>\n{{-- ask [TEAM LEAD] before sending --}}\n@if($transfer->abroad)\n<p>A transfer abroad takes up to two working days.</p>\n@endif\n<p>Best,<br>Ana</p>';
    assert.deepEqual(excerpts('placeholder/unfilled-slot', text, 'en', 'transfer.blade.php', 'reply'), []);
    const { prose } = splitReplyUnits(text, 'transfer.blade.php', {})[0]!;
    for (const code of ['{{-- ask [TEAM LEAD] before sending --}}', '@if($transfer->abroad)', '@endif']) {
      // Blank, as a comment and control flow are: no word stands there (a value would read as one).
      const start = text.indexOf(code);
      assert.equal(prose.slice(start, start + code.length).trim(), '', code);
    }
  });

  it('an @php … @endphp block is code: a mail view that opens with one still opens with its greeting (trial 43)', () => {
    const body =
      "Hello {{ $trip->passenger->name ?? 'there' }},\n\nYour seat on the {{ $trip->departs }} coach is booked. Bring your ticket code to the stop.\n\nSafe travels,\nThe Coachline team\n@endcomponent\n";
    const plain = `@component('mail::message')\n${body}`;
    const withBlock = `@php\n    use Carbon\\Carbon;\n    $when = Carbon::parse($trip->departs)->format('H:i');\n@endphp\n\n${plain}`;
    const read = (text: string) => {
      const result = lintText(text, 'booked.blade.php', { language: 'en' });
      return { kind: result.units[0]!.kind, greeting: result.units[0]!.scorecard.greeting };
    };
    assert.deepEqual(read(withBlock), read(plain));
    assert.notEqual(read(plain).kind, 'snippet');
    // Masked whole, on one line too; an @php never closed is left as it stands.
    for (const text of [withBlock, '@php $seats = 2; @endphp\nYour {{ $seats }} seats are booked.']) {
      const { prose } = splitReplyUnits(text, 'booked.blade.php', {})[0]!;
      const block = text.slice(text.indexOf('@php'), text.indexOf('@endphp') + '@endphp'.length);
      assert.equal(prose.slice(text.indexOf('@php'), text.indexOf('@php') + block.length).trim(), '', block);
    }
    const unclosed = '@php is where we list the fares.\nYour seat is booked.';
    assert.match(splitReplyUnits(unclosed, 'booked.blade.php', {})[0]!.prose, /is where we list the fares/);
  });

  // Trial 47: a Blade mail wrote its sentences as string literals, {{ "Please " }}…{{ " to MYNESTHUB and …" }}: read as one
  // value each, whole sentences went unread.
  it("a string literal that is an output's whole expression is the mail's text, at its own characters; any other expression stays a value", () => {
    const text =
      '<p>Dear {{ $tenant->name }},</p>\n<p>{{ "Your rent for $unit->name is due on Friday." }}<br>\n' +
      '{{ "Please " }}<a href="{{ $loginUrl }}">log in</a>{{ " to pay it at your earliest convenience." }}<br>\n' +
      '{!! "Click \\"Pay\\" on the first page." !!} {{ \'It\\\'s quick.\' }}</p>\n<p>{{ $paid ? "Paid, thanks." : "Not paid yet." }}</p>\n<p>Best,<br>Ana</p>';
    const { prose } = splitReplyUnits(text, 'rent.blade.php', {})[0]!;
    for (const words of [
      'Your rent for ',
      ' is due on Friday.',
      'Please ',
      ' to pay it at your earliest convenience.',
      'Click ',
      ' on the first page.',
      'It',
      's quick.',
    ]) {
      const at = text.indexOf(words);
      assert.equal(prose.slice(at, at + words.length), words, words);
    }
    // The quotes and braces are code, blank; an interpolated variable is a value; an escape's backslash is blank (the
    // quoted word after it is masked as any quotation is).
    for (const code of ['{{ "', '" }}', '{!! "', '" !!}', "{{ '", "' }}"]) {
      const at = text.indexOf(code);
      assert.equal(prose.slice(at, at + code.length).trim(), '', code);
    }
    const unit = text.indexOf('$unit->name');
    assert.match(prose.slice(unit, unit + '$unit->name'.length), /^x+$/);
    const escaped = text.indexOf('\\"Pay');
    assert.equal(prose[escaped], ' ');
    // An expression that is not one string (a condition choosing between two) stays one value.
    const condition = text.indexOf('{{ $paid');
    assert.match(prose.slice(condition, text.indexOf('}}', condition) + 2), /^x[x ]*$/);
    // Rules read the sentences: the stock formula is found on its exact characters.
    assert.deepEqual(excerpts('formula/stiff-formula', text, 'en', 'rent.blade.php', 'auto-reply'), ['at your earliest convenience']);
  });
});
