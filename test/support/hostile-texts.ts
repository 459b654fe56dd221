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
  'unclosed "{$" RT code': (size) => ({ text: repeated('{$Ticket->id ', size), fileName: 'rt.txt' }),
  'unclosed RT blocks over many lines': (size) => ({ text: repeated('{ my $x = 1;\n', size), fileName: 'rt.txt' }),
  'RT blocks inside unbalanced ones': (size) => ({ text: repeated('{$a {$b}\n', size), fileName: 'rt.txt' }),
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
  'nested HTML <code> elements': (size) => ({ text: repeated('<code>', size / 2) + repeated('</code>', size / 2), fileName: 'code.html' }),
  'emoji on one line': (size) => ({ text: repeated('😀', size), fileName: 'emoji.txt' }),
  // A program's printf arguments under a valediction (kind inference reads who signs): each was searched among all before it.
  'printf arguments under a valediction': (size) => ({ text: `Hi Sam,\n\nYour order shipped.\n\nBest,\n${repeated('%s ', size)}\n`, fileName: 'notice.txt' }),
  // Distinct names after one that guesses a help desk: each name was a typo search against the help desk's variables.
  'distinct {{names}} after a help desk variable': (size) => {
    let text = 'Hi {{ticket.requester.first_name}}, {{ticket.id}}\n\n';
    for (let name = 0; text.length < size; name++) text += `Word {{requester_first_name_x${name.toString(36)}}} more.\n`;
    return { text, fileName: 'names.md' };
  },
};
