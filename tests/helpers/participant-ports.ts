import { listInterfaces } from '../../src/main/participant/network-interfaces'
import {
  createParticipantHost,
  type ParticipantHost
} from '../../src/main/participant/participant-host'

/** What the composition root gives the services for joining; tests build the same. */
export function participantPorts(participants: ParticipantHost = createParticipantHost()) {
  return { participants, networkInterfaces: () => listInterfaces() }
}
