import { defineMessages, type KeysOf } from '../define-messages'
import { cycleErrorMessages } from './cycle-errors'

/**
 * Why the app refused or failed a call. Services throw these keys with their values; the
 * caller's screen puts them into its own language (the Dutch text also travels, for logs and
 * for callers that have no dictionary).
 */
const serviceErrorMessages = defineMessages({
  nl: {
    'error.internal': 'Er ging iets mis in Samenspel. Probeer het opnieuw.',
    'error.hostUnreachable': 'Samenspel is niet bereikbaar. Draait het programma nog?',
    'error.unexpectedReply': 'Onverwacht antwoord van Samenspel (HTTP {status}).',
    'error.unknownMethod': 'Onbekende opdracht: {method}',
    'error.invalidInput': 'Ongeldige invoer: {detail}',
    'error.forbiddenOrigin': 'Geweigerd: dit verzoek komt niet uit Samenspel zelf.',
    'error.sessionNotFound': 'Deze sessie bestaat niet (meer). Misschien is ze verwijderd.',
    'error.participantNotFound': 'Deze deelnemer bestaat niet (meer).',
    'error.participantForeign': 'Deze deelnemer hoort niet bij deze sessie.',
    'error.respondentNotFound': 'Deze invuller van de quickscan bestaat niet (meer).',
    'error.respondentForeign': 'Deze invuller hoort bij een andere sessie.',
    'error.cardNotFound': 'Deze bijdrage bestaat niet (meer). Misschien is ze verwijderd.',
    'error.cardForeign': 'Deze bijdrage hoort bij een andere sessie.',
    'error.cardNotInSession': 'Deze bijdrage hoort niet bij deze sessie.',
    'error.cardNotStored': 'Deze bijdrage kon niet worden bewaard.',
    'error.cardOrderStale':
      'De nieuwe volgorde past niet bij de bijdragen op dit scherm. Laad de sessie opnieuw.',
    'error.noCardsOnScreen': 'Op het scherm "{screen}" worden geen bijdragen verzameld.',
    'error.actionNotFound': 'Deze actie bestaat niet (meer). Misschien is ze verwijderd.',
    'error.actionForeign': 'Deze actie hoort bij een andere sessie.',
    'error.actionOrderStale':
      'De nieuwe volgorde past niet bij de acties van deze sessie. Laad de sessie opnieuw.',
    'error.reviewNotOpen':
      'Deze actie staat niet (meer) open bij een eerdere bijeenkomst van dit team. Laad de sessie opnieuw.',
    'error.reviewReasonMissing': 'Schrijf kort op waarom deze actie vervalt.',
    'error.backupsUnavailable': 'Back-ups zijn hier niet beschikbaar.',
    'error.backupFailed':
      'Samenspel kon geen back-up maken. Is de schijf vol? Je gegevens zelf zijn niet aangetast.',
    'error.joiningNotOn': 'Meedoen staat niet aan voor deze sessie.',
    'error.joiningStopped': 'Meedoen werd intussen gestopt.',
    'error.addressNotHere': 'Het netwerkadres {address} hoort niet bij deze computer.',
    'error.joiningNotStarted': 'Meedoen kon niet starten op {address} ({code}).',
    'error.deviceNotJoined': 'Dit apparaat doet niet mee aan deze sessie.',
    // Faults and privacy (issue 13).
    'error.backupFolder.not_directory':
      'Samenspel kan geen back-ups maken: {dir} is een bestand, geen map. Hernoem of verplaats dat bestand; je gegevens zelf zijn in orde.',
    'error.backupFolder.permission':
      'Samenspel kan geen back-ups maken: het heeft geen toestemming om de map {dir} te lezen. Je gegevens zelf zijn in orde.',
    'error.participantCredited_one':
      '{name} staat als naam bij {count} bijdrage. Bevestig eerst dat die bijdrage dan zonder naam verder gaat.',
    'error.participantCredited_other':
      '{name} staat als naam bij {count} bijdragen. Bevestig eerst dat die bijdragen dan zonder naam verder gaan.',
    'error.importAgain':
      'Dit bestand staat al in Samenspel, als sessie "{title}". Kies "Toch importeren" als je echt een tweede kopie wilt.',
    // Storage faults: not the caller's fault; what was typed is kept and sent again.
    'error.storage.busy':
      'Een ander programma houdt het gegevensbestand van Samenspel bezet. Nog niet opgeslagen; Samenspel probeert het opnieuw.',
    'error.storage.full': 'De schijf is vol. Nog niet opgeslagen; Samenspel probeert het opnieuw.',
    'error.storage.read_only':
      'Het bestand is alleen-lezen. Nog niet opgeslagen; Samenspel probeert het opnieuw.',
    'error.storage.not_directory':
      'De gegevensmap van Samenspel is geen map. Nog niet opgeslagen; Samenspel probeert het opnieuw.',
    'error.storage.permission':
      'Samenspel heeft geen toestemming om in de gegevensmap te schrijven. Nog niet opgeslagen; Samenspel probeert het opnieuw.',
    'error.storage.io':
      'De schijf gaf een lees- of schrijffout. Nog niet opgeslagen; Samenspel probeert het opnieuw.',
    'error.phone.storage':
      'Je bijdrage is nog niet opgeslagen: de laptop kan even niet schrijven. Probeer het zo opnieuw.',
    // The participant server's refusals, shown on the phone.
    'error.phone.tooLarge': 'Dit bericht is te groot.',
    'error.phone.wrongMethod': 'Deze methode wordt hier niet gebruikt.',
    'error.phone.missingHeader': 'Geweigerd: dit verzoek mist een kenmerk.',
    'error.phone.notJson': 'Stuur dit verzoek als JSON.',
    'error.phone.badJson': 'Ongeldig bericht: dit is geen geldige JSON.',
    'error.phone.invalid': 'Ongeldig bericht: {detail}',
    'error.phone.notJoined': 'Je doet niet (meer) mee. Vul de code opnieuw in.',
    'error.phone.sessionReset':
      'De gespreksleider heeft een eerdere versie van de sessie teruggezet. Doe opnieuw mee met de code op het scherm.',
    'error.phone.wrongCode': 'Deze code klopt niet. Kijk nog eens op het scherm.',
    'error.phone.notFound': 'Niet gevonden.',
    'error.phone.badAddress': 'Ongeldig adres.',
    'error.phone.unknownHost': 'Geweigerd: onbekend adres.',
    'error.phone.internal': 'Er ging iets mis. Probeer het opnieuw.',
    'error.phone.quickscanClosed': 'De quickscan is nu niet open.',
    'error.phone.paused': 'De gespreksleider heeft het meedoen even gepauzeerd. Wacht even.',
    'error.phone.sessionEnded': 'De sessie is afgelopen. Bedankt voor het meedoen!',
    'error.phone.nameRequired': 'Vul je naam in om mee te doen.',
    'error.phone.questionClosed': 'Bij deze vraag kun je nu niets meer toevoegen.',
    'error.phone.tooMany_one': 'Even rustig aan: probeer het over {count} seconde opnieuw.',
    'error.phone.tooMany_other': 'Even rustig aan: probeer het over {count} seconden opnieuw.'
  },
  en: {
    'error.storage.busy':
      'Another program is holding Samenspel’s data file. Not saved yet; Samenspel keeps trying.',
    'error.storage.full': 'The disk is full. Not saved yet; Samenspel keeps trying.',
    'error.storage.read_only': 'The file is read-only. Not saved yet; Samenspel keeps trying.',
    'error.storage.not_directory':
      'Samenspel’s data folder is not a folder. Not saved yet; Samenspel keeps trying.',
    'error.storage.permission':
      'Samenspel may not write to its data folder. Not saved yet; Samenspel keeps trying.',
    'error.storage.io':
      'The disk reported a read or write error. Not saved yet; Samenspel keeps trying.',
    'error.phone.storage':
      'Your contribution is not saved yet: the laptop cannot write for a moment. Try again shortly.',
    'error.internal': 'Something went wrong in Samenspel. Please try again.',
    'error.hostUnreachable': 'Samenspel cannot be reached. Is the program still running?',
    'error.unexpectedReply': 'Unexpected reply from Samenspel (HTTP {status}).',
    'error.unknownMethod': 'Unknown command: {method}',
    'error.invalidInput': 'Invalid input: {detail}',
    'error.forbiddenOrigin': 'Refused: this request does not come from Samenspel itself.',
    'error.sessionNotFound': 'This session does not exist (any more). Perhaps it was deleted.',
    'error.participantNotFound': 'This participant does not exist (any more).',
    'error.participantForeign': 'This participant does not belong to this session.',
    'error.respondentNotFound': 'This quickscan respondent does not exist (any more).',
    'error.respondentForeign': 'This respondent belongs to another session.',
    'error.cardNotFound': 'This contribution does not exist (any more). Perhaps it was deleted.',
    'error.cardForeign': 'This contribution belongs to another session.',
    'error.cardNotInSession': 'This contribution does not belong to this session.',
    'error.cardNotStored': 'This contribution could not be stored.',
    'error.cardOrderStale':
      'The new order does not match the contributions on this screen. Reload the session.',
    'error.noCardsOnScreen': 'The screen "{screen}" does not collect contributions.',
    'error.actionNotFound': 'This action does not exist (any more). Perhaps it was deleted.',
    'error.actionForeign': 'This action belongs to another session.',
    'error.actionOrderStale':
      'The new order does not match the actions of this session. Reload the session.',
    'error.reviewNotOpen':
      'This action is not (or no longer) open from an earlier meeting of this team. Reload the session.',
    'error.reviewReasonMissing': 'Write down briefly why this action lapses.',
    'error.backupsUnavailable': 'Backups are not available here.',
    'error.backupFailed':
      'Samenspel could not make a backup. Is the disk full? Your data itself is unaffected.',
    'error.joiningNotOn': 'Joining is not on for this session.',
    'error.joiningStopped': 'Joining was stopped in the meantime.',
    'error.addressNotHere': 'The network address {address} does not belong to this computer.',
    'error.joiningNotStarted': 'Joining could not start on {address} ({code}).',
    'error.deviceNotJoined': 'This device is not taking part in this session.',
    // Faults and privacy (issue 13).
    'error.backupFolder.not_directory':
      'Samenspel cannot make backups: {dir} is a file, not a folder. Rename or move that file; your data itself is fine.',
    'error.backupFolder.permission':
      'Samenspel cannot make backups: it may not read the folder {dir}. Your data itself is fine.',
    'error.participantCredited_one':
      '{name} is named on {count} card. Confirm first that the card goes on without a name.',
    'error.participantCredited_other':
      '{name} is named on {count} cards. Confirm first that those cards go on without a name.',
    'error.importAgain':
      'This file is already in Samenspel, as the session "{title}". Choose "Import anyway" if you really want a second copy.',
    'error.phone.tooLarge': 'This message is too large.',
    'error.phone.wrongMethod': 'This method is not used here.',
    'error.phone.missingHeader': 'Refused: this request lacks a marker.',
    'error.phone.notJson': 'Send this request as JSON.',
    'error.phone.badJson': 'Invalid message: this is not valid JSON.',
    'error.phone.invalid': 'Invalid message: {detail}',
    'error.phone.notJoined': 'You are not (or no longer) taking part. Enter the code again.',
    'error.phone.sessionReset':
      'The facilitator restored an earlier version of the session. Join again with the code on the screen.',
    'error.phone.wrongCode': 'This code is not right. Look at the screen again.',
    'error.phone.notFound': 'Not found.',
    'error.phone.badAddress': 'Invalid address.',
    'error.phone.unknownHost': 'Refused: unknown address.',
    'error.phone.internal': 'Something went wrong. Please try again.',
    'error.phone.quickscanClosed': 'The quickscan is not open now.',
    'error.phone.paused': 'The facilitator has paused joining for a moment. Please wait.',
    'error.phone.sessionEnded': 'The session has ended. Thank you for taking part!',
    'error.phone.nameRequired': 'Enter your name to take part.',
    'error.phone.questionClosed': 'You can no longer add anything to this question.',
    'error.phone.tooMany_one': 'Easy does it: try again in {count} second.',
    'error.phone.tooMany_other': 'Easy does it: try again in {count} seconds.'
  }
})

/** Every error the app can name, its feature modules joined (one dictionary for the caller). */
export const errorMessages = {
  nl: { ...serviceErrorMessages.nl, ...cycleErrorMessages.nl },
  en: { ...serviceErrorMessages.en, ...cycleErrorMessages.en }
}

export type ErrorKey = KeysOf<typeof errorMessages>
