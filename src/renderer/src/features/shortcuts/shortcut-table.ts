/**
 * Every keyboard shortcut, once: the "?" overlay lists these rows in the user's language and
 * the README's table is these rows in English (tests/unit/renderer/shortcut-table.test.ts
 * checks that it matches, so the two cannot drift apart).
 */
export interface Shortcut {
  /** The message key's last part: `shortcut.<id>` describes it in the overlay. */
  id: string
  /** The keys as printed, the same in every language. */
  keys: string
  /** The README's English description. */
  readme: string
}

export const shortcutTable: readonly Shortcut[] = [
  {
    id: 'next',
    keys: 'PageDown / PageUp, → / ←',
    readme:
      "next / previous page of cards on the audience view, then the next / previous screen (a presenter's clicker sends PageDown/PageUp)"
  },
  {
    id: 'add',
    keys: 'Enter in "Nieuwe bijdrage"',
    readme:
      'adds the card; start with `+ `, `- ` or `! ` to tag it _gaat goed_, _kan beter_ or _idee_'
  },
  {
    id: 'who',
    keys: 'Alt+↓ / Alt+↑ in "Nieuwe bijdrage"',
    readme: 'chooses who says it'
  },
  {
    id: 'cardFocus',
    keys: '↑ / ↓ on a card, Home / End',
    readme: 'previous / next card, first / last card (a card list is one tab stop)'
  },
  {
    id: 'cardKeys',
    keys: 'on a card: Enter or F2, Delete, Alt+↑/↓, 1/2/3/0, P, A, H, M',
    readme:
      'edit in place, delete, move, tag, mark for the action plan, approve, hide from the audience view, merge into the card above'
  },
  {
    id: 'undo',
    keys: 'Ctrl+Z',
    readme: 'brings back the last deleted or merged card'
  },
  {
    id: 'blank',
    keys: 'B or .',
    readme: 'blanks the audience view (any key brings it back); your own screen stays'
  },
  {
    id: 'join',
    keys: 'J',
    readme: 'shows or hides the join address, code and QR code on the audience view'
  },
  {
    id: 'composer',
    keys: 'N',
    readme: 'in presenter mode: shows or hides the small "Nieuwe bijdrage" bar'
  },
  {
    id: 'textSize',
    keys: 'Ctrl + / Ctrl − / Ctrl 0',
    readme: 'text larger / smaller / normal'
  },
  {
    id: 'timer',
    keys: 'T',
    readme: "starts or pauses the question's timer"
  },
  {
    id: 'help',
    keys: '?',
    readme: 'lists these shortcuts'
  },
  {
    id: 'escape',
    keys: 'Esc',
    readme: 'closes a panel or dialog (focus goes back where it was), or leaves presenter mode'
  }
]

/** The README's Markdown table, row for row. */
export function shortcutMarkdownRows(): string[] {
  return shortcutTable.map((row) => `| ${row.keys} | ${row.readme} |`)
}
