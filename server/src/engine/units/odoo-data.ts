// An Odoo module's data file (data/mail_template_data.xml, root <odoo>, or <openerp> before Odoo 10): each
// <record model="mail.template"> is a mail template the system or a user sends, and its <field name="body_html"> is
// the message: QWeb written inline as XML (type="html"), HTML in a CDATA section, or Mako-era text. Its
// <field name="name"> ("Recruitment: Applicant Acknowledgement") titles it. Other records (views, actions, settings)
// and the template's other fields (email_from, model_id) hold no message; its subject is a title, as an export's
// subject field is, not prose; the translations of the same body are read from the module's .po catalogs.
import type { ExportBody } from './exports';
import { contentBody, elementContent, encodedInElement, type ElementContent } from './xml-elements';

const RECORD = /<record\b([^<>]*)>/g;
const MAIL_TEMPLATE = /\smodel\s*=\s*(["'])mail\.template\1/;
const RECORD_ID = /\sid\s*=\s*(["'])([^"']*)\1/;
/** A field's opening tag: its attributes, and a "/" when it closes itself (a reference, an eval). */
const FIELD = /<field\b([^<>]*?)(\/?)>/g;
const FIELD_NAME = /\sname\s*=\s*(["'])([^"']*)\1/;
const FIELD_END = '</field>';
const RECORD_END = '</record>';
/** How long a title is kept: a name field is a line, never a paragraph. */
const TITLE_REACH = 120;

/**
 * The body of each mail template in an Odoo data file, titled by its name field (else its record id, else its file and
 * line), in source order. A record is read up to its `</record>`, each field up to its `</field>` (not one inside a
 * comment or CDATA section), so one pass over the file reads every template.
 */
export function odooTemplateBodies(source: string, fileTitle: string): ExportBody[] {
  const bodies: ExportBody[] = [];
  // Lines counted up to `counted`, for the title of a template with neither name nor id.
  let line = 1;
  let counted = 0;
  RECORD.lastIndex = 0;
  for (let record = RECORD.exec(source); record; record = RECORD.exec(source)) {
    const recordEnd = source.indexOf(RECORD_END, RECORD.lastIndex);
    const end = recordEnd < 0 ? source.length : recordEnd;
    if (!MAIL_TEMPLATE.test(record[1]!)) {
      RECORD.lastIndex = end;
      continue;
    }
    let title = RECORD_ID.exec(record[1]!)?.[2];
    let body: ExportBody | undefined;
    FIELD.lastIndex = RECORD.lastIndex;
    for (let field = FIELD.exec(source); field && field.index < end; field = FIELD.exec(source)) {
      if (field[2]) continue;
      const start = FIELD.lastIndex;
      const content = elementContent(source, start, FIELD_END);
      if (!content || content.end > end) break;
      FIELD.lastIndex = content.end + FIELD_END.length;
      const name = FIELD_NAME.exec(field[1]!)?.[2];
      if (name === 'name') {
        const written = source.slice(start, content.end).trim();
        if (written !== '' && written.length <= TITLE_REACH && !written.includes('<')) title = written;
      } else if (name === 'body_html') body = templateBody(source, start, content);
    }
    if (body && body.body.text.trim() !== '') {
      if (title === undefined) for (; counted < record.index; counted++) if (source.charCodeAt(counted) === 10) line++;
      bodies.push({ ...body, title: title ?? `${fileTitle}:${line}` });
    }
    RECORD.lastIndex = end;
  }
  return bodies;
}

function templateBody(source: string, start: number, content: ElementContent): ExportBody {
  const markup = content.markup.map((span) => ({ start: span.start - start, end: span.end - start }));
  const cdata = content.cdata.map((span) => ({ start: span.start - start, end: span.end - start }));
  return {
    title: '',
    body: contentBody(source, start, content),
    isHtml: true,
    kind: undefined,
    encode: (written, from, to) => encodedInElement(written, from, to, markup, cdata),
  };
}
