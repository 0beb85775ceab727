import type { VoteOption } from '../../shared/domain/votes'
import type { DemoVoteOption, DemoVoteRound } from './demo-votes-schema'
import type { ServiceContext } from './service-context'

interface DemoVoting {
  themes: readonly { screenId: string; title: string; cards: readonly number[] }[]
  votes: readonly DemoVoteRound[]
}

/** Only what has dots: a stored ballot never holds a zero. */
function allocation(row: readonly number[], optionIds: readonly string[]) {
  return Object.fromEntries(
    row.flatMap((dots, i) => (dots > 0 ? [[optionIds[i] as string, dots] as const] : []))
  )
}

/**
 * The example's themes and vote rounds, as the theme and vote services would have stored
 * them; `cardIds` are the new ids of the file's `contributions`, in order. The schema has
 * checked every reference, so none is missing here.
 */
export function insertDemoVoting(
  ctx: ServiceContext,
  sessionId: string,
  demo: DemoVoting,
  cardIds: readonly string[],
  cardTexts: readonly string[]
): void {
  const { repos } = ctx
  const themes = new Map<string, string>()
  for (const { screenId, title, cards } of demo.themes) {
    const id = ctx.newId()
    repos.themes.insert({ id, sessionId, screenId, title }, ctx.now())
    for (const card of cards) repos.themes.assign(cardIds[card] as string, id)
    themes.set(title, id)
  }
  const option = (o: DemoVoteOption): Pick<VoteOption, 'kind' | 'refId' | 'label'> => {
    if ('card' in o) {
      return { kind: 'card', refId: cardIds[o.card] as string, label: cardTexts[o.card] as string }
    }
    if ('theme' in o) return { kind: 'theme', refId: themes.get(o.theme) as string, label: o.theme }
    const question = ctx.content.quickscan.questions.find((q) => q.id === o.question)
    return { kind: 'question', refId: o.question, label: question?.text ?? o.question }
  }
  for (const round of demo.votes) {
    const id = ctx.newId()
    const options = round.options.map((o, position) => ({
      id: ctx.newId(),
      ...option(o),
      position
    }))
    repos.votes.insert({
      id,
      sessionId,
      title: round.title,
      dotsPerPerson: round.dotsPerPerson,
      status: round.status,
      createdAt: ctx.now(),
      options
    })
    const optionIds = options.map((o) => o.id)
    // Phones vote under a device id that never leaves the laptop; the example makes up its own.
    for (const row of round.ballots)
      repos.votes.setBallot(id, ctx.newId(), allocation(row, optionIds))
    if (round.paper.people > 0) {
      repos.votes.setPaper(id, round.paper.people, allocation(round.paper.dots, optionIds))
    }
  }
}
