// A Zendesk macro dump that repeats a body as a YAML alias (`value: *refund`, in both action shapes): the unit
// and LSP tests of the note said at an alias read it.

export const ALIASED_DUMP = [
  'macros:',
  '  - title: Refund started',
  '    actions:',
  '      - field: comment_value',
  '        value: &refund "Hi, your refund is on its way and should reach your card within five working days."',
  '  - title: Refund started (copy for the chat team)',
  '    actions:',
  '      - field: comment_value',
  '        value: *refund',
  '  - title: Refund started (API shape)',
  '    actions:',
  '      - field: comment_value',
  '        value: ["channel:all", *refund]',
  '  - title: Status only',
  '    actions:',
  '      - field: status',
  '        value: *refund',
  '',
].join('\n');
