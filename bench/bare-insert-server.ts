/**
 * The anchor for storing a card over HTTP: a bare node:http server, in its own process like
 * the browser host, that parses the same JSON body and does the same insert into the same
 * table, opened by the app's own `openDatabase` (so the same pragmas). Prints its port.
 */
import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { openDatabase } from '../src/main/db/open-database'

const db = openDatabase(process.argv[2] ?? '')
const sessionId = randomUUID()
const now = new Date().toISOString()
db.prepare(
  `INSERT INTO sessions (id, title, team_id, date, facilitator, created_at, updated_at)
   VALUES (?, 'Anker', NULL, '2026-11-22', '', ?, ?)`
).run(sessionId, now, now)
const insert = db.prepare(
  `INSERT INTO contributions (id, session_id, screen_id, text, tag, participant_id,
     carry_to_plan, position, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, NULL, 0, ?, ?, ?)`
)
let position = 0

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString()) as { id: string; text: string }
    const at = new Date().toISOString()
    insert.run(body.id, sessionId, 'stap1-vraag-1', body.text, position++, at, at)
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(JSON.stringify({ ok: true, data: { id: body.id } }))
  })
})
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`)
})
