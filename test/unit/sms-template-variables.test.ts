// SMS templates registered under India's DLT rules write each value the sending platform fills in as {#name#}
// ({#var#}, {#otp#}, {#driverName#}); a ride platform's notification seed writes them so in every language (issue 12,
// trial 43: the Finnish push set's "{#ticketBookingId#}" was read as prose, and the strict pack called it ticket jargon).
// In every dialect they are opaque values, as ${name} is: no prose, no jargon, no capitals, no slot left for an agent.
import * as assert from 'node:assert/strict';
import { scanPlaceholders } from '../../server/src/engine/placeholders/scan';
import type { ReplyKind } from '../../server/src/engine/types';
import { lintText } from '../support/engine';

const strict = (language: string, kind: ReplyKind, placeholders?: string) => ({
  extends: ['recommended', 'strict'],
  language,
  kind,
  ...(placeholders ? { placeholders } : {}),
});

describe('SMS template variables ({#name#})', () => {
  it('reads {#name#} as one value the platform fills, its name as the variable', () => {
    const text = 'Code {#otp#} confirms your pickup by {#driverName#}.';
    const found = scanPlaceholders(text).placeholders.map(({ start, end, kind, syntax, variable }) => ({
      written: text.slice(start, end),
      kind,
      syntax,
      variable,
    }));
    assert.deepEqual(found, [
      { written: '{#otp#}', kind: 'output', syntax: '{#', variable: 'otp' },
      { written: '{#driverName#}', kind: 'output', syntax: '{#', variable: 'driverName' },
    ]);
  });

  it('a Jinja or Twig comment, words between {# and #}, is no such variable', () => {
    for (const text of ['{# ask the dispatcher first #}Your taxi is booked.', 'Your taxi {#is booked#}.', 'A {#} and #} alone.']) {
      assert.deepEqual(
        scanPlaceholders(text).placeholders.filter((placeholder) => placeholder.syntax === '{#'),
        [],
        text,
      );
    }
  });

  it('gives no finding of its own in any dialect: no jargon, no capitals, no fill-in slot', () => {
    const texts: [string, string][] = [
      ['fi', 'Lippuvarauksesi {#ticketBookingId#} ({#ticketCategoryName#}) on peruttu ja maksu palautetaan. Näet tiedot sovelluksesta.'],
      ['en', 'Your booking {#ticketBookingId#} for {#PICKUP_TIME#} is confirmed. Show code {#OTP#} to the driver when you board.'],
      ['pl', 'Auto {#vehicleNumber#} z kierowcą {#driverName#} jest już w drodze. Przy wsiadaniu podaj kod {#otp#}.'],
    ];
    for (const [language, text] of texts) {
      for (const placeholders of [undefined, 'laravel', 'liquid', 'none']) {
        for (const kind of ['auto-reply', 'snippet', 'reply'] as ReplyKind[]) {
          // A reply is asked a greeting and a closing besides: only what touches a variable, or judges one, counts here.
          const found = lintText(text, 'notice.txt', strict(language, kind, placeholders))
            .findings.filter((finding) => finding.ruleId.startsWith('placeholder/') || /[{}#]/.test(text.slice(finding.start, finding.end)))
            .filter((finding) => kind !== 'reply' || !finding.ruleId.startsWith('formula/'))
            .map((finding) => `${finding.ruleId}: ${text.slice(finding.start, finding.end)}`);
          assert.deepEqual(found, [], `${language} ${placeholders ?? 'auto'} ${kind}: ${text}`);
        }
      }
    }
  });

  it('a greeting whose name is one greets by name', () => {
    const result = lintText('Hei {#customerName#},\n\nkuljettajasi on perillä ja odottaa sinua.\n\nTerveisin,\nKyytitiimi', 'push.txt', {
      language: 'fi',
      kind: 'macro',
    });
    assert.equal(result.units[0]!.scorecard.greeting, 'pass');
  });
});
