// Issue 12 item 3 (trial 26): a platform's notice greets the member and signs with the organisation's variable, and
// says it comes from an address that takes no replies, or how to stop such e-mails. Without a config it was read as
// a macro; those words are a machine's notice in every language, as "please do not reply" is. A person's reply that
// says the same of an old address stays a person's.
import * as assert from 'node:assert/strict';
import { lintText } from '../support/engine';

const kindOf = (language: string, text: string) => {
  const unit = lintText(text, 'notice.html', { language }).units[0]!;
  return `${unit.kind} ${unit.kindReason?.id ?? ''}`;
};

describe('a notice from an address that takes no replies, greeted and signed by the organisation, without a config', function () {
  this.timeout(60_000);

  it('is an auto-reply in five languages', () => {
    for (const [language, text] of [
      [
        'en',
        'Hi {{ member.name }},\n\nyour idea "{{ idea.title }}" now has ten supporters.\n\nKind regards,\n{{ org.name }}\n\nThis e-mail comes from an address that does not accept replies.',
      ],
      [
        'en',
        'Hi {{ member.name }},\n\nthere is a new answer to your question in the forum.\n\nTo stop receiving these e-mails, change your settings in your profile.\n{{ org.name }}',
      ],
      [
        'pl',
        'Cze\u015b\u0107 {{ member.name }},\n\nTw\u00f3j pomys\u0142 \u201e{{ idea.title }}\u201d ma ju\u017c dziesi\u0119ciu zwolennik\u00f3w.\n\nPozdrawiamy,\n{{ org.name }}\n\nTen e-mail przychodzi z adresu, kt\u00f3ry nie przyjmuje odpowiedzi.',
      ],
      [
        'pl',
        'Cze\u015b\u0107 {{ member.name }},\n\nna forum jest nowa odpowied\u017a na Twoje pytanie.\n\nAby zrezygnowa\u0107 z otrzymywania takich e-maili, zmie\u0144 ustawienia profilu.\n{{ org.name }}',
      ],
      [
        'fi',
        'Hei {{ member.name }},\n\nideallasi \u201d{{ idea.title }}\u201d on nyt kymmenen kannattajaa.\n\nTerveisin\n{{ org.name }}\n\nViesti tulee osoitteesta, joka ei ota vastaan vastauksia.',
      ],
      [
        'fi',
        'Hei {{ member.name }},\n\nfoorumilla on uusi vastaus kysymykseesi.\n\nTerveisin\n{{ org.name }}\n\nT\u00e4m\u00e4 osoite ei ole henkil\u00f6n, se on osoite, joka ei vastaanota vastauksia.',
      ],
      [
        'lt',
        'Sveiki, {{ member.name }},\n\nj\u016bs\u0173 id\u0117ja \u201e{{ idea.title }}\u201c jau turi de\u0161imt r\u0117m\u0117j\u0173.\n\nPagarbiai\n{{ org.name }}\n\nLai\u0161kas i\u0161si\u0173stas i\u0161 adreso, kuris nepriima atsakym\u0173.',
      ],
      [
        'sq',
        'P\u00ebrsh\u00ebndetje {{ member.name }},\n\nideja juaj \u201e{{ idea.title }}\u201c ka tani dhjet\u00eb mb\u00ebshtet\u00ebs.\n\nMe respekt,\n{{ org.name }}\n\nKy email vjen nga nj\u00eb adres\u00eb q\u00eb nuk pranon p\u00ebrgjigje.',
      ],
    ] as const)
      assert.equal(kindOf(language, text), 'auto-reply kind.inferred.notice', `${language}: ${text}`);
  });

  it("a person's reply that says it of an old address is not", () => {
    for (const [language, text] of [
      ['en', 'Hi Dana,\n\nyou wrote to our old address, one that does not accept replies any more, so I have copied your question here.\n\nBest,\nTom'],
      [
        'pl',
        'Cze\u015b\u0107 Dana,\n\nnapisa\u0142a\u015b na stary adres, kt\u00f3ry nie przyjmuje odpowiedzi, wi\u0119c przenios\u0142em Twoje pytanie tutaj.\n\nPozdrawiam,\nTomek',
      ],
    ] as const)
      assert.notEqual(kindOf(language, text).split(' ')[0], 'auto-reply', `${language}: ${text}`);
  });
});
