// TwiML (issue 12): each <Say> under a <Response> root is one phone prompt, read as an automatic message; the rest
// of the XML (other verbs, attributes, comments) is no prose, and an XML file of another kind has no replies.
import * as assert from 'node:assert/strict';
import { applyEdits, fixAllEdits } from '../../server/src/engine/fix-all';
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

  it('an XML file with another root has no replies', () => {
    const strings = '<?xml version="1.0"?>\n<resources>\n  <string name="busy">Sorry, no agent is available right now.</string>\n</resources>\n';
    assert.equal(lintText(strings, 'strings.xml', strict).units.length, 0);
  });
});
