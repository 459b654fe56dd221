// TwiML (issue 12): each <Say> under a <Response> root is one phone prompt, read as an automatic message; the rest
// of the XML (other verbs, attributes, comments) is no prose, and an XML file of another kind has no replies.
import * as assert from 'node:assert/strict';
import { applyEdits, fixAllEdits } from '../../server/src/engine/fix-all';
import { twimlSays } from '../../server/src/engine/units/twiml';
import { XML_HEAD, readsXml, readsXmlText } from '../../server/src/engine/units/xml-elements';
import { lintText, spansOf } from '../support/engine';

const strict = { language: 'en', extends: ['recommended', 'strict'] };

const LINE = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!-- old prompt: <Say>Nobody is available. Bye.</Say> -->',
  '<Response>',
  '  <Gather input="speech dtmf" numDigits="1" action="/returns/menu">',
  '    <Say voice="Polly.Amy" language="en-GB">Welcome to Harbour &amp; Pine returns. To book a pickup, press 1.</Say>',
  '  </Gather>',
  '  <Say>Sorry, no agent is available right now.</Say>',
  '  <Play>https://example.com/hold-music.mp3</Play>',
  '  <Say>We&#8217;ll ring you back asap<break time="500ms"/> Goodbye.</Say>',
  '  <Hangup/>',
  '</Response>',
  '',
].join('\n');

describe('TwiML prompts', function () {
  this.timeout(60_000);

  it('reads each <Say> as an automatic message titled by its line, and nothing else', () => {
    const result = lintText(LINE, 'returns.xml', strict);
    assert.deepEqual(
      result.units.map((unit) => unit.title),
      ['returns.xml:5', 'returns.xml:7', 'returns.xml:9'],
    );
    assert.deepEqual(spansOf('ownership/no-one-available', LINE, 'returns.xml', strict), ['no agent is available']);
    // The commented-out prompt and the attributes are not read.
    assert.equal(
      result.findings.some((finding) => finding.start < LINE.indexOf('<Response>')),
      false,
    );
  });

  it('lands on the file characters after a character reference and before SSML markup', () => {
    assert.deepEqual(spansOf('deferral/vague-timeframe', LINE, 'returns.xml', strict), ['asap']);
  });

  it('a fix keeps references and tags as written', () => {
    const text = '<Response>\n  <Say>Obviously, the pickup is booked &amp; the courier comes on Friday.</Say>\n</Response>\n';
    const fixed = applyEdits(text, fixAllEdits(lintText(text, 'pickup.xml', strict).findings));
    assert.equal(fixed, '<Response>\n  <Say>The pickup is booked &amp; the courier comes on Friday.</Say>\n</Response>\n');
  });

  it('a comment inside a <Say> is not read, and a </Say> in it does not end the prompt', () => {
    const text = '<Response>\n  <Say>Your refund is booked. <!-- was: obviously sent asap </Say> --> Obviously it reaches you asap.</Say>\n</Response>\n';
    assert.deepEqual(spansOf('tone/condescending', text, 'refund.xml', strict), ['Obviously']);
    assert.deepEqual(spansOf('deferral/vague-timeframe', text, 'refund.xml', strict), ['asap']);
    const [finding] = lintText(text, 'refund.xml', strict).findings.filter((found) => found.ruleId === 'deferral/vague-timeframe');
    assert.ok(finding!.start > text.indexOf('-->'));
  });

  it('a CDATA section is read, its markers are not, and a fix keeps them', () => {
    const text = '<Response>\n  <Say><![CDATA[Obviously, the label & the refund go out asap.]]></Say>\n</Response>\n';
    assert.deepEqual(spansOf('deferral/vague-timeframe', text, 'label.xml', strict), ['asap']);
    const fixed = applyEdits(text, fixAllEdits(lintText(text, 'label.xml', strict).findings));
    assert.equal(fixed, '<Response>\n  <Say><![CDATA[The label & the refund go out asap.]]></Say>\n</Response>\n');
  });

  it('an unclosed comment or CDATA section in a <Say> ends at its </Say>, and the prompts after it are read', () => {
    for (const opener of ['<![CDATA[', '<!--']) {
      const text = `<Response>\n  <Say>${opener}old text\n</Say>\n  <Say>Your refund goes out asap.</Say>\n</Response>\n`;
      assert.deepEqual(spansOf('deferral/vague-timeframe', text, 'broken.xml', strict), ['asap'], opener);
    }
  });

  it('no fix writes over a CDATA marker or puts a reference inside the section', () => {
    const text = '<Response><Say>Hello <![CDATA[Tom & Ana]]> there.</Say></Response>';
    const [say] = twimlSays(text, 'x.xml');
    const body = say!.body.text;
    assert.equal(body, `Hello ${' '.repeat(9)}Tom & Ana${' '.repeat(3)} there.`);
    const tom = body.indexOf('Tom');
    assert.equal(say!.encode('Sam', tom, tom + 3), 'Sam');
    assert.equal(say!.encode('Sam &amp; Jo', tom, tom + 3), undefined);
    assert.equal(say!.encode('Hi', 0, tom), undefined);
    assert.equal(say!.encode('friends', body.indexOf('there'), body.indexOf('there') + 5), 'friends');
  });

  it('a self-closing <Say/> is no prompt and swallows nothing after it', () => {
    const text =
      '<Response>\n  <Say voice="alice"/>\n  <Play>https://example.com/a.mp3</Play>\n  <Say>Sorry, no agent is available right now.</Say>\n</Response>\n';
    assert.deepEqual(
      lintText(text, 'flow.xml', strict).units.map((unit) => unit.title),
      ['flow.xml:4'],
    );
  });

  it('a long header of comments over another root is passed quickly (no backtracking)', () => {
    const header = Array.from({ length: 200 }, (_, line) => `<!-- header line ${line} -->`).join('\n');
    const started = Date.now();
    assert.equal(lintText(`<?xml version="1.0"?>\n${header}\n<project>\n</project>\n`, 'pom.xml', strict).units.length, 0);
    assert.ok(Date.now() - started < 2000);
  });

  it("the editor's test from the text's head answers as the whole text does, wherever the head ends", () => {
    // Leading comments that end the head in the declaration, in a comment, before, in or right after the root's name.
    const texts: string[] = [];
    for (const root of ['<Response>', '<Response/>', '<Responses>', '<project>', '<odoo>']) {
      for (let before = XML_HEAD - 40; before <= XML_HEAD + 2; before++) {
        const comment = `<!--${'x'.repeat(Math.max(0, before - 30))}-->`;
        texts.push(`<?xml version="1.0"?>\n${comment}\n${root}<Say>Hello.</Say></Response>\n`);
      }
      texts.push(`<?xml version="1.0" note="${'y'.repeat(XML_HEAD)}"?>\n${root}</Response>\n`);
      texts.push(`<?xml-stylesheet href="a.xsl"?>\n${root}<!--${'z'.repeat(XML_HEAD)}-->\n`);
    }
    let wholeReads = 0;
    for (const text of texts) {
      const read: number[] = [];
      const answer = readsXmlText(text.length, (end) => (read.push(end), text.slice(0, end)));
      assert.equal(answer, readsXml(text), `root at ${text.indexOf('<R')}`);
      // The whole text is read only when the head did not tell.
      assert.deepEqual(read.slice(0, 1), [Math.min(text.length, XML_HEAD)]);
      if (read.length > 1) wholeReads++;
    }
    assert.ok(0 < wholeReads && wholeReads < texts.length, `${wholeReads} of ${texts.length} read whole`);
    assert.ok(texts.some((text) => readsXml(text)) && texts.some((text) => !readsXml(text)));
  });

  it('an XML file with another root has no replies', () => {
    const strings = '<?xml version="1.0"?>\n<resources>\n  <string name="busy">Sorry, no agent is available right now.</string>\n</resources>\n';
    assert.equal(lintText(strings, 'strings.xml', strict).units.length, 0);
  });
});
