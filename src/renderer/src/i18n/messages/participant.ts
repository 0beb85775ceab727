import { defineMessages } from '../define-messages'

/**
 * The participant page on a team member's phone. It speaks the phone's language (Dutch when
 * the phone prefers neither Dutch nor English); the session's own content stays Dutch.
 */
export const participantMessages = defineMessages({
  nl: {
    'phone.pageTitle': 'Meedoen met Samenspel',
    'phone.join.heading': 'Meedoen met de bijeenkomst',
    'phone.join.intro': 'Typ de code die op het scherm voorin staat.',
    'phone.join.codeLabel': 'Code',
    'phone.join.nameLabel': 'Je naam',
    'phone.join.nameLabelOptional': 'Je naam (niet verplicht)',
    'phone.join.nameHint':
      'De gespreksleider kan om je naam vragen. Zonder naam doe je anoniem mee.',
    'phone.join.nameRequiredHint': 'De gespreksleider vraagt bij deze bijeenkomst om je naam.',
    'phone.join.submit': 'Doe mee',
    'phone.join.submitting': 'Bezig met meedoen…',
    'phone.join.codeMissing': 'Vul de code in die op het scherm staat.',
    'phone.join.nameTooLong': 'Je naam is te lang (hoogstens {max} tekens).',
    'phone.join.ended':
      'Je doet niet meer mee: de gespreksleider heeft je verwijderd of het meedoen gesloten. Vraag om de code als je opnieuw wilt meedoen.',
    'phone.main.joinedAs': 'Je doet mee als {name}.',
    'phone.main.joinedAnonymous': 'Je doet anoniem mee.',
    'phone.main.loading': 'De vraag wordt opgehaald…',
    'phone.main.connectionLost':
      'De verbinding met de laptop is even weg. Er wordt opnieuw geprobeerd…',
    'phone.main.sessionEnded':
      'De sessie is afgelopen: de gespreksleider heeft het meedoen gesloten. Bedankt voor het meedoen!',
    'phone.main.paused':
      'De gespreksleider heeft het meedoen even gepauzeerd. Je kunt nu niets versturen; wacht tot het weer kan.',
    'phone.main.noOpenQuestion':
      'Er staat nu geen vraag open. Kijk op het scherm voorin: zodra er een vraag openstaat, verschijnt die hier.',
    'phone.main.quickscanClosed': 'De quickscan is gesloten door de gespreksleider.',
    'phone.contribute.questionHeading': 'De vraag',
    'phone.contribute.chooseQuestion': 'Voor welke vraag is je bijdrage?',
    'phone.contribute.fieldLabel': 'Jouw bijdrage',
    'phone.contribute.fieldHint': 'Enter verstuurt, Shift+Enter begint een nieuwe regel.',
    'phone.contribute.send': 'Verstuur',
    'phone.contribute.empty': 'Typ eerst je bijdrage.',
    'phone.contribute.overBy': 'Te lang: {used} van {max} tekens. Maak je bijdrage korter.',
    'phone.contribute.counter': '{used} van {max} tekens',
    'phone.contribute.notSent':
      'Je bijdrage is niet verstuurd: {reason} De tekst staat weer in het veld.',
    'phone.contribute.dismiss': 'Sluit',
    'phone.own.heading': 'Wat jij stuurde',
    'phone.own.none': 'Je hebt nog niets gestuurd.',
    'phone.own.forQuestion': 'Bij: {title}',
    'phone.own.statusLabel': 'Status',
    'phone.own.status.zichtbaar': 'zichtbaar',
    'phone.own.status.wacht': 'wacht op de gespreksleider',
    'phone.own.status.verborgen': 'verborgen',
    'phone.own.status.versturen': 'wordt verstuurd…',
    'phone.quickscan.heading': 'Quickscan',
    'phone.quickscan.entryText':
      'De gespreksleider heeft de quickscan opengezet. Je antwoorden ziet niemand anders.',
    'phone.quickscan.open': 'Vul de quickscan in',
    'phone.quickscan.loading': 'De quickscan wordt opgehaald…',
    'phone.quickscan.retry': 'Probeer opnieuw',
    'phone.quickscan.backToContribute': 'Terug naar de vraag',
    'phone.quickscan.explanation': 'Uitleg',
    'phone.quickscan.progress': '{number} van {total}',
    'phone.quickscan.factor': 'Factor {number}: {title}',
    'phone.quickscan.answerGroup': 'Kies je antwoord',
    'phone.quickscan.keysHint': 'Op een laptop werken de toetsen 1 tot en met 6 ook.',
    'phone.quickscan.previous': 'Vorige',
    'phone.quickscan.next': 'Volgende',
    'phone.quickscan.notSaved':
      'Je antwoord op vraag {number} is niet opgeslagen: {reason} Ga terug om het opnieuw te kiezen.',
    'phone.quickscan.gradesHeading': 'Cijfers per onderdeel',
    'phone.quickscan.gradeGroup': 'Cijfer voor {cluster}',
    'phone.quickscan.gradeNotSaved': 'Je cijfer voor {cluster} is niet opgeslagen: {reason}',
    'phone.quickscan.done': 'Klaar',
    'phone.quickscan.doneHeading': 'Dank je wel!',
    'phone.quickscan.doneText':
      'Je quickscan is ingeleverd. De gespreksleider bespreekt de uitkomst met het team.',
    'phone.quickscan.notCompleted': 'Je quickscan is nog niet ingeleverd: {reason}',
    'phone.quickscan.review': 'Bekijk mijn antwoorden',
    'phone.errors.title': 'Let op',
    'phone.errors.network':
      'Er is geen verbinding met de laptop van de gespreksleider. Zit je op het netwerk van de school? Probeer het opnieuw.',
    'phone.errors.invalidResponse': 'De laptop gaf een onverwacht antwoord. Probeer het opnieuw.',
    'phone.errors.unauthorized': 'Je doet niet (meer) mee aan deze bijeenkomst.',
    'phone.errors.refused': 'Dat kan nu niet: de gespreksleider heeft het meedoen gepauzeerd.',
    'phone.errors.tooManyTries': 'Te veel pogingen.',
    'phone.errors.server':
      'Er ging iets mis op de laptop van de gespreksleider. Probeer het opnieuw.',
    'phone.errors.retryAfterSeconds_one': 'Probeer het over {count} seconde opnieuw.',
    'phone.errors.retryAfterSeconds_other': 'Probeer het over {count} seconden opnieuw.',
    'phone.errors.retryAfterMinutes_one': 'Probeer het over {count} minuut opnieuw.',
    'phone.errors.retryAfterMinutes_other': 'Probeer het over {count} minuten opnieuw.'
  },
  en: {
    'phone.pageTitle': 'Take part in Samenspel',
    'phone.join.heading': 'Join the meeting',
    'phone.join.intro': 'Type the code shown on the screen at the front.',
    'phone.join.codeLabel': 'Code',
    'phone.join.nameLabel': 'Your name',
    'phone.join.nameLabelOptional': 'Your name (optional)',
    'phone.join.nameHint':
      'The facilitator may ask for your name. Without a name you take part anonymously.',
    'phone.join.nameRequiredHint': 'The facilitator asks for your name in this meeting.',
    'phone.join.submit': 'Join',
    'phone.join.submitting': 'Joining…',
    'phone.join.codeMissing': 'Enter the code shown on the screen.',
    'phone.join.nameTooLong': 'Your name is too long (at most {max} characters).',
    'phone.join.ended':
      'You are no longer taking part: the facilitator removed you or closed joining. Ask for the code if you want to join again.',
    'phone.main.joinedAs': 'You are taking part as {name}.',
    'phone.main.joinedAnonymous': 'You are taking part anonymously.',
    'phone.main.loading': 'Fetching the question…',
    'phone.main.connectionLost': 'The connection to the laptop is gone for a moment. Retrying…',
    'phone.main.sessionEnded':
      'The session has ended: the facilitator closed joining. Thank you for taking part!',
    'phone.main.paused':
      'The facilitator has paused joining for a moment. You cannot send anything now; wait until you can.',
    'phone.main.noOpenQuestion':
      'No question is open right now. Look at the screen at the front: as soon as a question is open, it appears here.',
    'phone.main.quickscanClosed': 'The facilitator has closed the quickscan.',
    'phone.contribute.questionHeading': 'The question',
    'phone.contribute.chooseQuestion': 'Which question is your contribution for?',
    'phone.contribute.fieldLabel': 'Your contribution',
    'phone.contribute.fieldHint': 'Enter sends, Shift+Enter starts a new line.',
    'phone.contribute.send': 'Send',
    'phone.contribute.empty': 'Type your contribution first.',
    'phone.contribute.overBy': 'Too long: {used} of {max} characters. Please shorten it.',
    'phone.contribute.counter': '{used} of {max} characters',
    'phone.contribute.notSent':
      'Your contribution was not sent: {reason} The text is back in the field.',
    'phone.contribute.dismiss': 'Close',
    'phone.own.heading': 'What you sent',
    'phone.own.none': 'You have not sent anything yet.',
    'phone.own.forQuestion': 'For: {title}',
    'phone.own.statusLabel': 'Status',
    'phone.own.status.zichtbaar': 'visible',
    'phone.own.status.wacht': 'waiting for the facilitator',
    'phone.own.status.verborgen': 'hidden',
    'phone.own.status.versturen': 'sending…',
    'phone.quickscan.heading': 'Quickscan',
    'phone.quickscan.entryText':
      'The facilitator has opened the quickscan. Nobody else sees your answers.',
    'phone.quickscan.open': 'Fill in the quickscan',
    'phone.quickscan.loading': 'Fetching the quickscan…',
    'phone.quickscan.retry': 'Try again',
    'phone.quickscan.backToContribute': 'Back to the question',
    'phone.quickscan.explanation': 'Explanation',
    'phone.quickscan.progress': '{number} of {total}',
    'phone.quickscan.factor': 'Factor {number}: {title}',
    'phone.quickscan.answerGroup': 'Choose your answer',
    'phone.quickscan.keysHint': 'On a laptop the keys 1 to 6 work too.',
    'phone.quickscan.previous': 'Previous',
    'phone.quickscan.next': 'Next',
    'phone.quickscan.notSaved':
      'Your answer to question {number} was not saved: {reason} Go back to choose it again.',
    'phone.quickscan.gradesHeading': 'Grades per part',
    'phone.quickscan.gradeGroup': 'Grade for {cluster}',
    'phone.quickscan.gradeNotSaved': 'Your grade for {cluster} was not saved: {reason}',
    'phone.quickscan.done': 'Done',
    'phone.quickscan.doneHeading': 'Thank you!',
    'phone.quickscan.doneText':
      'Your quickscan is handed in. The facilitator discusses the result with the team.',
    'phone.quickscan.notCompleted': 'Your quickscan is not handed in yet: {reason}',
    'phone.quickscan.review': 'Review my answers',
    'phone.errors.title': 'Note',
    'phone.errors.network':
      "There is no connection to the facilitator's laptop. Are you on the school network? Try again.",
    'phone.errors.invalidResponse': 'The laptop gave an unexpected answer. Try again.',
    'phone.errors.unauthorized': 'You are not (or no longer) taking part in this meeting.',
    'phone.errors.refused': 'That is not possible now: the facilitator has paused joining.',
    'phone.errors.tooManyTries': 'Too many attempts.',
    'phone.errors.server': "Something went wrong on the facilitator's laptop. Try again.",
    'phone.errors.retryAfterSeconds_one': 'Try again in {count} second.',
    'phone.errors.retryAfterSeconds_other': 'Try again in {count} seconds.',
    'phone.errors.retryAfterMinutes_one': 'Try again in {count} minute.',
    'phone.errors.retryAfterMinutes_other': 'Try again in {count} minutes.'
  }
})
