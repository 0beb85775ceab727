import { z } from 'zod'
import {
  joinInfoSchema,
  joinResponseSchema,
  ownContributionSchema,
  participantErrorSchema,
  participantQuickscanSchema,
  participantStateSchema,
  stateChangesSchema,
  type OwnContribution
} from '../../../shared/participant/protocol'
import type { QuickscanAnswer } from '../../../shared/content/quickscan'
import { participantVoteSchema } from '../../../shared/participant/vote-protocol'
import { isErrorKey } from '../../../shared/i18n/error-text'
import { t } from './i18n'

/** The participant server's routes, relative to the page (the server serves both). */
export const participantRoutes = {
  join: '/api/join',
  joinInfo: '/api/join-info',
  state: '/api/state',
  stateChanges: '/api/state/changes',
  contributions: '/api/contributions',
  quickscan: '/api/quickscan',
  quickscanAnswer: '/api/quickscan/answer',
  quickscanGrade: '/api/quickscan/grade',
  quickscanComplete: '/api/quickscan/complete',
  vote: '/api/vote',
  voteCast: '/api/vote/cast'
} as const

export type ApiErrorKind =
  | 'unauthorized'
  | 'name-required'
  | 'rate-limited'
  | 'refused'
  | 'network'
  | 'invalid-response'
  | 'server'

export interface ApiError {
  kind: ApiErrorKind
  /** Dutch, ready to show. */
  message: string
  retryAfterSeconds?: number
  /** The facilitator closed joining: the session is over, not the connection gone. */
  sessionEnded?: boolean
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

interface RequestOptions {
  method: 'GET' | 'POST'
  token?: string
  body?: unknown
}

const notJson = Symbol('not json')

/** A body the server may add to an error, beyond the Dutch text, to say which field it is about. */
const errorDetailSchema = participantErrorSchema.extend({
  code: z.string().optional(),
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional()
})

/** The server's refusal in the phone's language when it sent a key, else its Dutch sentence. */
function wordingOf(detail: z.infer<typeof errorDetailSchema>): string {
  return isErrorKey(detail.reason) ? t(detail.reason, detail.params) : detail.error
}

async function request<T>(
  route: string,
  options: RequestOptions,
  schema: z.ZodType<T>
): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(route, {
      method: options.method,
      headers: headersFor(options.token),
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      cache: 'no-store',
      credentials: 'omit'
    })
  } catch {
    return failure('network', t('phone.errors.network'))
  }
  const body = await readJson(response)
  if (!response.ok) return { ok: false, error: errorFrom(response, body) }
  const parsed = body === notJson ? null : schema.safeParse(body)
  return parsed?.success
    ? { ok: true, data: parsed.data }
    : failure('invalid-response', t('phone.errors.invalidResponse'))
}

function headersFor(token: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    // A custom header a cross-site form cannot send: the server refuses requests without it.
    'X-Samenspel-Deelnemer': '1'
  }
  if (token) headers.Authorization = `Bearer ${token}`
  return headers
}

/** The parsed body, undefined for an empty one (204), or `notJson` for anything unreadable. */
async function readJson(response: Response): Promise<unknown> {
  try {
    const text = await response.text()
    return text.trim() === '' ? undefined : JSON.parse(text)
  } catch {
    return notJson
  }
}

function errorFrom(response: Response, body: unknown): ApiError {
  const detail = errorDetailSchema.safeParse(body)
  const serverText = detail.success ? wordingOf(detail.data) : null
  switch (response.status) {
    case 401:
      return { kind: 'unauthorized', message: serverText ?? t('phone.errors.unauthorized') }
    case 410:
      return { kind: 'unauthorized', message: t('phone.main.sessionEnded'), sessionEnded: true }
    case 403:
      return { kind: 'refused', message: serverText ?? t('phone.errors.refused') }
    case 429:
      return rateLimited(serverText, retryAfter(response.headers.get('Retry-After')))
  }
  // The server says a name is needed in Dutch; a code, when it sends one, is the sure sign.
  const aboutName =
    detail.success && (detail.data.code === 'name-required' || /naam/i.test(detail.data.error))
  if ((response.status === 400 || response.status === 422) && aboutName) {
    return { kind: 'name-required', message: wordingOf(detail.data) }
  }
  return { kind: 'server', message: serverText ?? t('phone.errors.server') }
}

/** The server's own sentence already says how long to wait; without one the page says it. */
function rateLimited(serverText: string | null, seconds: number | null): ApiError {
  const message =
    serverText ??
    (seconds === null
      ? t('phone.errors.tooManyTries')
      : `${t('phone.errors.tooManyTries')} ${retryAfterText(seconds)}`)
  return seconds === null
    ? { kind: 'rate-limited', message }
    : { kind: 'rate-limited', message, retryAfterSeconds: seconds }
}

function retryAfterText(seconds: number): string {
  return seconds < 120
    ? t('phone.errors.retryAfterSeconds', { count: seconds })
    : t('phone.errors.retryAfterMinutes', { count: Math.ceil(seconds / 60) })
}

/** Retry-After is either a number of seconds or an HTTP date. */
export function retryAfter(header: string | null): number | null {
  if (!header) return null
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

function failure(kind: ApiErrorKind, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { kind, message } }
}

/** Answers the page only needs to have arrived: their body (if any) is not used. */
const anyBody = z.unknown()

/** The server may answer a new card with the card itself, which then shows at once. */
const submitResponseSchema = z.unknown().transform((body): OwnContribution | null => {
  const parsed = ownContributionSchema.safeParse(body)
  return parsed.success ? parsed.data : null
})

export const participantApi = {
  joinInfo: () => request(participantRoutes.joinInfo, { method: 'GET' }, joinInfoSchema),
  join: (code: string, name: string) =>
    request(participantRoutes.join, { method: 'POST', body: { code, name } }, joinResponseSchema),
  state: (token: string) =>
    request(participantRoutes.state, { method: 'GET', token }, participantStateSchema),
  /** A long poll: answers when something this device shows changed after `since`. */
  stateChanges: (token: string, since: number, waitMs: number) =>
    request(
      participantRoutes.stateChanges,
      { method: 'POST', token, body: { since, waitMs } },
      stateChangesSchema
    ),
  submit: (token: string, screenId: string, text: string) =>
    request(
      participantRoutes.contributions,
      { method: 'POST', token, body: { screenId, text } },
      submitResponseSchema
    ),
  quickscan: (token: string) =>
    request(participantRoutes.quickscan, { method: 'GET', token }, participantQuickscanSchema),
  answer: (token: string, questionId: string, answer: QuickscanAnswer | null) =>
    request(
      participantRoutes.quickscanAnswer,
      { method: 'POST', token, body: { questionId, answer } },
      anyBody
    ),
  grade: (token: string, clusterId: string, grade: number | null) =>
    request(
      participantRoutes.quickscanGrade,
      { method: 'POST', token, body: { clusterId, grade } },
      anyBody
    ),
  complete: (token: string) =>
    request(participantRoutes.quickscanComplete, { method: 'POST', token, body: {} }, anyBody),
  vote: (token: string) =>
    request(participantRoutes.vote, { method: 'GET', token }, participantVoteSchema),
  castVote: (token: string, roundId: string, allocation: Record<string, number>) =>
    request(
      participantRoutes.voteCast,
      { method: 'POST', token, body: { roundId, allocation } },
      participantVoteSchema
    )
}
