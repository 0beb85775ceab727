import type { JoinedDevice } from '../../shared/domain/joining'
import type { Db } from './types'

interface DeviceRow {
  id: string
  session_id: string
  name: string
  joined_at: string
  removed_at: string | null
  contributions: number
}

/** A joined device with the session it joined. */
export interface StoredDevice extends JoinedDevice {
  sessionId: string
}

const toDevice = (row: DeviceRow): StoredDevice => ({
  id: row.id,
  sessionId: row.session_id,
  name: row.name,
  joinedAt: row.joined_at,
  removed: row.removed_at !== null,
  contributions: row.contributions
})

// Deleted cards (merged away, or deleted by the facilitator) are not counted as sent.
const selectDevice = `
  SELECT d.*, (SELECT COUNT(*) FROM contributions c
               WHERE c.device_id = d.id AND c.deleted_at IS NULL) AS contributions
  FROM joined_devices d`

/** Devices that joined a session; their tokens live only in memory, never here. */
export function createJoinedDeviceRepository(db: Db) {
  const insertStmt = db.prepare(
    'INSERT INTO joined_devices (id, session_id, name, joined_at) VALUES (?, ?, ?, ?)'
  )
  const getStmt = db.prepare<[string], DeviceRow>(`${selectDevice} WHERE d.id = ?`)
  const listStmt = db.prepare<[string], DeviceRow>(
    `${selectDevice} WHERE d.session_id = ? ORDER BY d.joined_at, d.rowid`
  )
  const removeStmt = db.prepare(
    'UPDATE joined_devices SET removed_at = ? WHERE id = ? AND removed_at IS NULL'
  )

  return {
    insert(device: { id: string; sessionId: string; name: string }, now: string): StoredDevice {
      insertStmt.run(device.id, device.sessionId, device.name, now)
      return { ...device, joinedAt: now, removed: false, contributions: 0 }
    },
    get(id: string): StoredDevice | undefined {
      const row = getStmt.get(id)
      return row ? toDevice(row) : undefined
    },
    listForSession(sessionId: string): StoredDevice[] {
      return listStmt.all(sessionId).map(toDevice)
    },
    /** False when the device was removed already (or is unknown). */
    markRemoved(id: string, now: string): boolean {
      return removeStmt.run(now, id).changes > 0
    }
  }
}

export type JoinedDeviceRepository = ReturnType<typeof createJoinedDeviceRepository>
