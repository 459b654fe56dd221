// Hostile texts of a given size for the scans over a reply: each was
// quadratic (or worse) before the scans became one pass. Shared by
// test/unit/linear-scans.test.ts and the bench's growth check.

export interface HostileText {
  text: string;
  fileName: string;
}

const repeated = (piece: string, size: number) => piece.repeat(Math.max(1, Math.floor(size / piece.length)));

/** Name -> a text of about `size` characters. */
export const HOSTILE_SCANS: Record<string, (size: number) => HostileText> = {
  backticks: (size) => ({ text: repeated('`', size), fileName: 'backticks.md' }),
  'link ends "]("': (size) => ({ text: repeated('](', size), fileName: 'links.md' }),
  'image starts "!["': (size) => ({ text: repeated('![', size), fileName: 'images.md' }),
  'images without a ")"': (size) => ({ text: repeated('![a](', size), fileName: 'images.md' }),
  'unclosed "{{"': (size) => ({ text: repeated('{{', size), fileName: 'outputs.txt' }),
  'unclosed MediaWiki parser functions': (size) => ({ text: repeated('{{GRAMMAR:illative|{{SITENAME', size), fileName: 'messages.txt' }),
  'MediaWiki parser functions nested deeper than they are read': (size) => ({
    text: repeated('{{PLURAL:$1|{{GENDER:$2|{{int:a|{{#if:', size),
    fileName: 'messages.txt',
  }),
  'unclosed "{%"': (size) => ({ text: repeated('{%', size), fileName: 'tags.txt' }),
  'repeated "{% comment %}"': (size) => ({ text: repeated('{% comment %}', size), fileName: 'comments.txt' }),
  'unclosed directive comments': (size) => ({ text: repeated('<!-- replylint-disable ', size), fileName: 'directives.md' }),
  'unclosed Liquid directives': (size) => ({ text: repeated('{% comment %} replylint-disable ', size), fileName: 'directives.md' }),
  'unclosed "<script"': (size) => ({ text: repeated('<script>', size), fileName: 'scripts.html' }),
  'a heading closed by " #" runs': (size) => ({ text: `## a${repeated(' #', size)}b\n## b\n`, fileName: 'headings.md' }),
  'headings between code fences': (size) => ({ text: repeated('```\nx\n```\n## a\n', size), fileName: 'fences.md' }),
  'language comments in a library': (size) => ({ text: repeated('## a\n<!-- replylint language=en -->\n', size), fileName: 'languages.md' }),
  'unclosed "[" fill-ins': (size) => ({ text: repeated('[ADD NAME ', size), fileName: 'slots.md' }),
  'task boxes after long indents': (size) => ({ text: repeated(`${' '.repeat(40)}[x]`, size), fileName: 'tasks.md' }),
  'unclosed ICU choices, nested': (size) => ({ text: repeated('{n, plural, one {# a ', size), fileName: 'icu.txt' }),
  'ICU choices whose cases never open': (size) => ({ text: repeated('{g, select, x y {a} ', size), fileName: 'icu.txt' }),
  'unclosed "{$" RT code': (size) => ({ text: repeated('{$Ticket->id ', size), fileName: 'rt.txt' }),
  'unclosed RT blocks over many lines': (size) => ({ text: repeated('{ my $x = 1;\n', size), fileName: 'rt.txt' }),
  'RT blocks inside unbalanced ones': (size) => ({ text: repeated('{$a {$b}\n', size), fileName: 'rt.txt' }),
  // A Smarty template (a close first): comments, literal blocks and quoted tags never closed, blocks never closed.
  'unclosed Smarty comments and literal blocks': (size) => ({ text: `{/if}${repeated('{* a {literal} b ', size)}`, fileName: 'mail.tpl' }),
  'unclosed quotes in Smarty tags': (size) => ({ text: `{/if}${repeated('{t key="a {x \'b ', size)}`, fileName: 'mail.tpl' }),
  'unclosed Smarty blocks': (size) => ({ text: `{/if}${repeated('{if $a}{foreach from=$b}{$c|escape}', size)}`, fileName: 'mail.tpl' }),
  'unclosed "%{", "#{" and "${"': (size) => ({ text: repeated('%{a.b #{c.d ${e ', size), fileName: 'mixed.txt' }),
  'unclosed "<" fill-ins': (size) => ({ text: repeated('<NAME ', size), fileName: 'angles.txt' }),
  'unclosed Handlebars sections': (size) => ({ text: repeated('{{#if a}}{{a}}', size), fileName: 'sections.txt' }),
  // Blocks left open, then a flood of closes of a block none of them is: each close is counted, never searched for.
  'stray Liquid end tags under open blocks': (size) => ({ text: repeated('{% if a %}', size / 2) + repeated('{% endfor %}', size / 2), fileName: 'ends.txt' }),
  'stray Handlebars closes under open sections': (size) => ({ text: repeated('{{#if a}}', size / 2) + repeated('{{/each}}', size / 2), fileName: 'ends.txt' }),
  'Liquid end tags that each close a block past an open one': (size) => ({
    text: repeated('{% if a %}{% for b in c %}', size / 2) + repeated('{% endif %}', size / 2),
    fileName: 'ends.txt',
  }),
  // Odoo's QWeb elements never closed (a choice, a value whose stand-in runs on), branches after choices never closed,
  // closes of elements none is, and Mako control lines with no end; a "<" before a long tag name.
  'unclosed QWeb elements': (size) => ({ text: repeated('<t t-if="a"><p t-foreach="b"><t t-else="">x ', size), fileName: 'odoo.html' }),
  'unclosed QWeb values': (size) => ({ text: repeated('<t t-out="a">x <t t-esc="b">', size), fileName: 'odoo.html' }),
  'QWeb branches whose choice never closes': (size) => ({ text: repeated('<t t-if="a">x</t> <t t-elif="b">y', size), fileName: 'odoo.html' }),
  'stray closes under open QWeb choices': (size) => ({ text: repeated('<t t-if="a">', size / 2) + repeated('</p>', size / 2), fileName: 'odoo.html' }),
  'a tag name as long as the text': (size) => ({ text: `<${repeated('t', size)}`, fileName: 'odoo.html' }),
  // Velocity: choices and loops never ended, a directive's bracket never closed, "${" and "#*" never closed, and a
  // method call's bracket never closed after a reference.
  'unclosed Velocity blocks': (size) => ({ text: repeated('#if($a) x #foreach($b in $c) y #else z ', size), fileName: 'offer.vm' }),
  'Velocity brackets never closed': (size) => ({ text: repeated('#if($a x #set( $b = ( ', size), fileName: 'offer.vm' }),
  'Velocity "${" and "#*" never closed': (size) => ({ text: repeated('#if($a)${b.c #* d $!{e.f ', size), fileName: 'offer.vm' }),
  'Velocity method calls never closed': (size) => ({ text: repeated('#if($a) $i18n.getText("x", $b.c( ', size), fileName: 'offer.vm' }),
  // Odoo data files: mail templates whose body field, or whose record, never closes; comments and CDATA never closed.
  'Odoo data records never closed': (size) => ({
    text: `<odoo>${repeated('<record model="mail.template"><field name="body_html"><p>x ', size)}`,
    fileName: 'data.xml',
  }),
  'Odoo body fields with comments and CDATA never closed': (size) => ({
    text: `<odoo><record model="mail.template">${repeated('<field name="body_html"><!-- a <![CDATA[ b ', size)}`,
    fileName: 'data.xml',
  }),
  'Mako control lines never ended': (size) => ({ text: repeated('% if object.a:\n${object.b} x\n% elif c:\n', size), fileName: 'mako.html' }),
  // Template Toolkit: openings never closed, among Liquid tags never closed; blocks never ended with a branch each.
  'unclosed "[%" and "{% if"': (size) => ({ text: repeated('[% IF a {% if b ', size), fileName: 'toolkit.txt' }),
  'Template Toolkit blocks never ended': (size) => ({ text: repeated('[% IF a %]two words[% ELSE %]', size), fileName: 'toolkit.txt' }),
  'Liquid branches under open blocks': (size) => ({
    text: repeated('{% if a %}two words', size / 2) + repeated('{% else %}', size / 2),
    fileName: 'branches.txt',
  }),
  // One block of many branches, each a vague time and a time: each vague time asks which times share its branch.
  'branches each with a vague time and a time': (size) => ({
    text: `{% if a %}We will reply soon.\n${repeated('{% elsif b %}We will reply soon, by Friday.\n', size)}{% endif %}`,
    fileName: 'branches.md',
  }),
  'nested HTML <code> elements': (size) => ({ text: repeated('<code>', size / 2) + repeated('</code>', size / 2), fileName: 'code.html' }),
  // Mail-body tags in a plain-text file, one long run each way: a run is read once for the word after it.
  'a long run of mail-body tags in plain text': (size) => ({
    text: `${repeated('<div>', size / 2)}Thanks.${repeated('</div>', size / 2)}`,
    fileName: 'tags.txt',
  }),
  // Markup masked to blanks leaves long runs of blanks in the prose (an HTML mail with an inline data: image).
  // Each was rescanned at each of its positions by a pattern with an unbounded run of blanks in a lookbehind or
  // two free runs of blanks in a row (quoted-requests.ts, html-structure.ts): seconds at 60 KB.
  'an inline data: image in an HTML mail': (size) => ({
    text: `<p>Hi Jamie,</p><p>Thanks for the photo. <img src="data:image/png;base64,${repeated('iVBORw0KGgo', size)}"> A new kettle ships today.</p><p>Best regards,<br>Priya</p>`,
    fileName: 'photo.html',
  }),
  // A line of written-out line breaks with no space: each escape read its whole line again for a path (80 s at 60 KB).
  'written-out line breaks in one line': (size) => ({ text: repeated('\\nA', size), fileName: 'escapes.txt' }),
  'written-out line breaks in one path': (size) => ({ text: `C:${repeated('\\x\\nB', size)}`, fileName: 'escapes.txt' }),
  'blanks between two words': (size) => ({ text: `Hi,\n\na${' '.repeat(size)}b\n\nBest,\nTom\n`, fileName: 'blanks.txt' }),
  "blanks after an intro's colon": (size) => ({ text: `Hi,\n\nYou asked:${' '.repeat(size)}x\nok.\n`, fileName: 'intro.txt' }),
  'blanks before a tag named among words': (size) => ({ text: `Hi,\n\nx${' '.repeat(size)}<br> y\n`, fileName: 'tag.txt' }),
  // Every file is read for a chat transcript's turn lines: a name, blanks, then no time after them. The header line's
  // pattern had two free runs of blanks around an optional separator and split the run every way (2 min at 500 KB).
  "blanks after a speaker's name and no time": (size) => ({ text: `Hi,\n\nSam${' '.repeat(size)}.:\nok.\n`, fileName: 'turn.txt' }),
  // A quoted question that never closes its quotation: the quote's marks were recounted from its first line at each line.
  'lines under an unclosed quoted question': (size) => ({ text: `Hi,\n\nQuestion 1: "why\n${repeated('a.\n', size)}`, fileName: 'question.txt' }),
  // Masked markup or a masked quoted request above a valediction leaves a run of blank lines: kind inference, reading
  // up from the valediction for the last lines with text, searched from each blank line on to the next text.
  'blank lines above a valediction': (size) => ({ text: `Hi, your parcel left today.\n${repeated(' \n', size)}Best,\nTom\n`, fileName: 'blank-lines.txt' }),
  // A paragraph of intro lines: each line's intro sentence and the quote under it were read to the paragraph's end.
  'a paragraph of intro lines': (size) => ({ text: `Hi,\n\n${repeated('Thank you for your request:\n', size)}\nBest,\nTom\n`, fileName: 'intros.txt' }),
  'a paragraph of intro lines over a request': (size) => ({
    text: `Hi,\n\n${repeated('Thank you for your request:\n', size)}Please send the minutes.\n\nBest,\nTom\n`,
    fileName: 'intros.txt',
  }),
  // A quoted rule's intro on every line, and an indented block of a rule with blank lines inside it.
  'a paragraph of rule intro lines': (size) => ({ text: `Hi,\n\n${repeated('Our policy states:\n', size)}\nBest,\nTom\n`, fileName: 'rules.txt' }),
  'an indented rule with blank lines': (size) => ({
    text: `Hi,\n\nOur policy states:\n\n${repeated('    a.\n\n', size)}Best,\nTom\n`,
    fileName: 'rules.txt',
  }),
  'lines under an unclosed quoted question above a valediction': (size) => ({
    text: `Hi,\n\nQuestion 1: "why\n${repeated('a.\n', size)}\nBest,\nTom\n`,
    fileName: 'question.txt',
  }),
  'emoji on one line': (size) => ({ text: repeated('😀', size), fileName: 'emoji.txt' }),
  // A program's printf arguments under a valediction (kind inference reads who signs): each was searched among all before it.
  'printf arguments under a valediction': (size) => ({ text: `Hi Sam,\n\nYour order shipped.\n\nBest,\n${repeated('%s ', size)}\n`, fileName: 'notice.txt' }),
  // A masked line between two sentences is read for words outside markup: a run of '<' with no '>' in a code block
  // made the tag pattern read from each '<' to the line's end (29 s CPU at 160 KB, reviewer #10).
  "a run of '<' with no '>' in a code block between two sentences": (size) => ({
    text: `Hi Sam,\n\nUnfortunately we cannot refund the ticket.\n\n\`\`\`\n${repeated('<', size)}\n\`\`\`\n\nThe refund desk will call you on Monday.\n\nBest,\nAna\n`,
    fileName: 'angles.md',
  }),
  // A whole file is read for an opening title past white space, comments and wrapping tags: a run of white space or
  // of comments before no title was split every way (a 27-space indent took 30 s; reviewer-21 #0).
  'white space before no title': (size) => ({ text: `${' '.repeat(size)}Your parcel left today.\n`, fileName: 'notice.txt' }),
  'comments before no title': (size) => ({ text: `${repeated('<!-- a -->', size)}<p>Your parcel left today.</p>`, fileName: 'notice.html' }),
  'indented wrapping tags before no title': (size) => ({
    text: `<html><body>${repeated('\n      <table><tr><td>', size)}<p>Your parcel left today.</p>`,
    fileName: 'notice.html',
  }),
  // Distinct names after one that guesses a help desk: each name was a typo search against the help desk's variables.
  'distinct {{names}} after a help desk variable': (size) => {
    let text = 'Hi {{ticket.requester.first_name}}, {{ticket.id}}\n\n';
    for (let name = 0; text.length < size; name++) text += `Word {{requester_first_name_x${name.toString(36)}}} more.\n`;
    return { text, fileName: 'names.md' };
  },
};
