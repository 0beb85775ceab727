/** The participant page's words for dot voting (Dutch only, like the rest of the page). */
export const voteTexts = {
  entryHeading: 'Stemmen',
  entryText: 'Er loopt een stemronde. Verdeel je stippen over wat jij het belangrijkst vindt.',
  open: 'Naar de stemronde',
  loading: 'De stemronde wordt opgehaald…',
  closed: 'De stemronde is gesloten.',
  dotsLeft: (left: number, total: number) =>
    `Nog ${left} van je ${total} ${total === 1 ? 'stip' : 'stippen'} te verdelen.`,
  anonymous: 'Je stem is anoniem: niemand ziet wie welke stippen gaf.',
  more: (label: string) => `Een stip meer voor: ${label}`,
  less: (label: string) => `Een stip minder voor: ${label}`,
  dotsOn: (count: number) => `${count} ${count === 1 ? 'stip' : 'stippen'}`,
  send: 'Stem versturen',
  sending: 'Bezig met versturen…',
  saved: 'Je stem is opgeslagen. Je kunt hem aanpassen zolang de ronde open is.',
  back: 'Terug naar de vraag'
}
