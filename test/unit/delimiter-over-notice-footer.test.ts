// Issue 12 item 2: a platform sets its notice footer apart with a "--" line. The delimiter counted as the writer's
// sign-off, so a greeted notice read as signed, a person's e-mail, and the notice words under it went unread without
// a config. Only the template's notice under it ("-- / Please do not reply…") signs nobody; a name, a role or a phone
// under it is a signature as before. Text of our own.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const reading = (language: string, text: string) => {
  const unit = lintText(text, 'notice.txt', { language }).units[0]!;
  return `${unit.kind} ${unit.kindReason?.id ?? ''}`;
};

// [language, greeting and message, the gym's line, the notice under the delimiter in the pack's language]
const notices: [string, string, string, string][] = [
  [
    'en',
    'Hi {{ member.first_name }},\n\nyour access card works from today, every day 6-22.',
    'Birch Gym',
    'This message was sent automatically. Please do not reply.',
  ],
  [
    'pl',
    'Dzie\u0144 dobry {{ member.first_name }},\n\nTwoja karta wej\u015bciowa dzia\u0142a od dzi\u015b, codziennie 6-22.',
    'Si\u0142ownia D\u0105b',
    'Wiadomo\u015b\u0107 wygenerowana automatycznie.\nProsimy nie odpowiada\u0107.',
  ],
  [
    'fi',
    'Hei {{ member.first_name }},\n\nkulkukorttisi toimii t\u00e4st\u00e4 p\u00e4iv\u00e4st\u00e4 alkaen joka p\u00e4iv\u00e4 6-22.',
    'Kuntosali Koivu',
    '\u00c4l\u00e4 vastaa t\u00e4h\u00e4n viestiin.',
  ],
  [
    'lt',
    'Laba diena, {{ member.first_name }},\n\nj\u016bs\u0173 kortel\u0117 galioja nuo \u0161iandien, kasdien 6-22.',
    'Sporto klubas Ber\u017eas',
    'Tai automatinis prane\u0161imas, neatsakykite \u012f \u0161\u012f lai\u0161k\u0105.',
  ],
  [
    'sq',
    'P\u00ebrsh\u00ebndetje {{ member.first_name }},\n\nkarta juaj e hyrjes funksionon nga sot, \u00e7do dit\u00eb 6-22.',
    'Palestra M\u00ebshtekna',
    'Ky \u00ebsht\u00eb nj\u00eb mesazh automatik.\n\nMos i p\u00ebrgjigjeni k\u00ebtij mesazhi.',
  ],
];

describe('a "--" line over nothing but the template\'s notice, without a config', function () {
  this.timeout(60_000);

  it('signs nobody: the greeted notice is an auto-reply in five languages', () => {
    for (const [language, message, gym, notice] of notices) {
      const text = `${message}\n\n${gym}\n\n--\n${notice}\n`;
      assert.equal(reading(language, text), 'auto-reply kind.inferred.notice', `${language}: ${text}`);
    }
  });

  it('a name or a valediction over it, or a first-person writer, keeps the person', () => {
    for (const text of [
      // A signature under the delimiter: a name and a role.
      'Hi Ana,\n\nyour access card works from today, every day 6-22.\n\n--\nTom Berg\nFront desk, Birch Gym\nPlease do not reply to this address.\n',
      // A valediction and a name over it.
      'Hi Ana,\n\nyour access card works from today, every day 6-22.\n\nBest,\nTom\n\n--\nPlease do not reply to this email.\n',
      // The writer in the first person.
      'Hi Ana,\n\nI have switched your access card on; it works every day 6-22.\n\nBirch Gym\n\n--\nPlease do not reply to this email.\n',
    ])
      assert.equal(reading('en', text).split(' ')[0], 'macro', text);
  });
});
