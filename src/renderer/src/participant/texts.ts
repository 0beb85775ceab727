/**
 * Every word the participant page shows, in one place. The page is Dutch only: it is opened by
 * team members of a Dutch school on their own phone, and has no room for a language switch.
 */
export const texts = {
  pageTitle: 'Meedoen met Samenspel',
  join: {
    heading: 'Meedoen met de bijeenkomst',
    intro: 'Typ de code die op het scherm voorin staat.',
    codeLabel: 'Code',
    nameLabel: 'Je naam (niet verplicht)',
    nameHint: 'De gespreksleider kan om je naam vragen. Zonder naam doe je anoniem mee.',
    submit: 'Meedoen',
    submitting: 'Bezig met meedoen…',
    codeMissing: 'Vul de code in die op het scherm staat.',
    nameTooLong: 'Je naam is te lang (hoogstens 120 tekens).',
    ended:
      'Je doet niet meer mee: de gespreksleider heeft je verwijderd of het meedoen gesloten. Vraag om de code als je opnieuw wilt meedoen.'
  },
  main: {
    joinedAs: (name: string) => `Je doet mee als ${name}.`,
    joinedAnonymous: 'Je doet anoniem mee.',
    loading: 'De vraag wordt opgehaald…',
    connectionLost: 'De verbinding met de laptop is even weg. Er wordt opnieuw geprobeerd…',
    paused:
      'De gespreksleider heeft het meedoen even gepauzeerd. Je kunt nu niets versturen; wacht tot het weer kan.',
    noOpenQuestion:
      'Er staat nu geen vraag open. Kijk op het scherm voorin: zodra er een vraag openstaat, verschijnt die hier.',
    quickscanClosed: 'De quickscan is gesloten door de gespreksleider.'
  },
  contribute: {
    questionHeading: 'De vraag',
    chooseQuestion: 'Voor welke vraag is je bijdrage?',
    fieldLabel: 'Jouw bijdrage',
    fieldHint: 'Enter verstuurt, Shift+Enter begint een nieuwe regel.',
    send: 'Versturen',
    empty: 'Typ eerst je bijdrage.',
    tooLong: (max: number) => `Je bijdrage is te lang (hoogstens ${max} tekens).`,
    notSent: (reason: string) =>
      `Je bijdrage is niet verstuurd: ${reason} De tekst staat weer in het veld.`,
    dismiss: 'Sluiten'
  },
  own: {
    heading: 'Wat jij stuurde',
    none: 'Je hebt nog niets gestuurd.',
    forQuestion: (title: string) => `Bij: ${title}`,
    statusLabel: 'Status',
    status: {
      zichtbaar: 'zichtbaar',
      wacht: 'wacht op de gespreksleider',
      verborgen: 'verborgen',
      versturen: 'wordt verstuurd…'
    }
  },
  quickscan: {
    heading: 'Quickscan',
    entryText: 'De gespreksleider heeft de quickscan opengezet. Je antwoorden ziet niemand anders.',
    open: 'Quickscan invullen',
    loading: 'De quickscan wordt opgehaald…',
    retry: 'Opnieuw proberen',
    backToContribute: 'Terug naar de vraag',
    explanation: 'Uitleg',
    progress: (number: number, total: number) => `${number} van ${total}`,
    factor: (number: number, title: string) => `Factor ${number}: ${title}`,
    answerGroup: 'Kies je antwoord',
    keysHint: 'Op een laptop werken de toetsen 1 tot en met 6 ook.',
    previous: 'Vorige',
    next: 'Volgende',
    notSaved: (number: number, reason: string) =>
      `Je antwoord op vraag ${number} is niet opgeslagen: ${reason} Ga terug om het opnieuw te kiezen.`,
    gradesHeading: 'Cijfers per onderdeel',
    gradeGroup: (cluster: string) => `Cijfer voor ${cluster}`,
    gradeNotSaved: (cluster: string, reason: string) =>
      `Je cijfer voor ${cluster} is niet opgeslagen: ${reason}`,
    done: 'Klaar',
    doneHeading: 'Dank je wel!',
    doneText: 'Je quickscan is ingeleverd. De gespreksleider bespreekt de uitkomst met het team.',
    notCompleted: (reason: string) => `Je quickscan is nog niet ingeleverd: ${reason}`,
    review: 'Mijn antwoorden bekijken'
  },
  errors: {
    title: 'Let op',
    network:
      'Er is geen verbinding met de laptop van de gespreksleider. Zit je op het netwerk van de school? Probeer het opnieuw.',
    invalidResponse: 'De laptop gaf een onverwacht antwoord. Probeer het opnieuw.',
    unauthorized: 'Je doet niet (meer) mee aan deze bijeenkomst.',
    refused: 'Dat kan nu niet: de gespreksleider heeft het meedoen gepauzeerd.',
    tooManyTries: 'Te veel pogingen.',
    server: 'Er ging iets mis op de laptop van de gespreksleider. Probeer het opnieuw.',
    retryAfter: (seconds: number) =>
      seconds < 120
        ? `Probeer het over ${seconds} seconden opnieuw.`
        : `Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`
  }
} as const
