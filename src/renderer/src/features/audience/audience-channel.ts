import { z } from 'zod'
import { themes } from '../presenter/presenter-store'

/**
 * The facilitator's window and the projector window talk over a BroadcastChannel (same origin,
 * no network). The facilitator sends what the room should see right now (screen, blanking,
 * timer, page, the voting round shown); the audience view answers how many pages the screen needs and forwards
 * clicker keys pressed while it has focus. Stored data (cards, quickscan) does not travel here:
 * both windows read it from the store through the long poll.
 */
const timerSchema = z.object({
  durationMs: z.number(),
  addedMs: z.number(),
  remainingAtStartMs: z.number(),
  startedAt: z.number().nullable()
})

const quickscanDisplaySchema = z.object({
  shown: z.enum(['results', 'item', 'comparison']).nullable(),
  questionId: z.string().nullable(),
  filters: z.object({
    order: z.enum(['pack', 'most-divided', 'most-unknown']),
    cluster: z.string(),
    factor: z.string(),
    onlyChanged: z.boolean()
  })
})

export const audienceStateSchema = z.object({
  type: z.literal('state'),
  sessionId: z.string(),
  screenId: z.string().nullable(),
  blanked: z.boolean(),
  showJoin: z.boolean(),
  theme: z.enum(themes),
  textScale: z.number().min(0.5).max(3),
  quickscan: quickscanDisplaySchema.nullable(),
  /** The voting round the facilitator shows the room, or null: results never appear unasked. */
  voteRoundId: z.string().nullable(),
  /** The current screen's timer, or null on a screen without one. */
  timer: timerSchema.nullable(),
  page: z.number().int().nonnegative()
})
export type AudienceState = z.infer<typeof audienceStateSchema>

const fromAudienceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), sessionId: z.string() }),
  z.object({
    type: z.literal('pages'),
    sessionId: z.string(),
    view: z.string(),
    pages: z.number().int().positive()
  }),
  z.object({
    type: z.literal('intent'),
    sessionId: z.string(),
    intent: z.enum(['next', 'previous', 'unblank'])
  })
])
export type FromAudience = z.infer<typeof fromAudienceSchema>

const channelName = 'samenspel-audience'

interface Channel<In, Out> {
  send(message: Out): void
  close(): void
  onMessage?: (message: In) => void
}

function open<In, Out>(schema: z.ZodType<In>, onMessage: (message: In) => void): Channel<In, Out> {
  if (typeof BroadcastChannel === 'undefined')
    return { send: () => undefined, close: () => undefined }
  const channel = new BroadcastChannel(channelName)
  channel.onmessage = (event: MessageEvent) => {
    // Another window of ours could be older or newer: anything unexpected is ignored.
    const parsed = schema.safeParse(event.data)
    if (parsed.success) onMessage(parsed.data)
  }
  return { send: (message) => channel.postMessage(message), close: () => channel.close() }
}

/** The facilitator's side: hears the audience views. */
export function openFacilitatorChannel(
  onMessage: (message: FromAudience) => void
): Channel<FromAudience, AudienceState> {
  return open<FromAudience, AudienceState>(fromAudienceSchema, onMessage)
}

/** The projector window's side: hears the facilitator. */
export function openAudienceChannel(
  onState: (state: AudienceState) => void
): Channel<AudienceState, FromAudience> {
  return open<AudienceState, FromAudience>(audienceStateSchema, onState)
}
