/**
 * Every fixed Dutch word of the board's Word report. Report text, like the session report's
 * `reportText`: not translated.
 */
export const boardReportText = {
  documentTitle: 'Bestuursoverzicht samenwerken met ouders',
  kicker: 'Samenwerken met ouders · quickscan van de scholen',
  description: (schools: number) =>
    `Vergelijking van de quickscan van ${schools} ${schools === 1 ? 'school' : 'scholen'}, alleen met totalen, gemaakt met Samenspel.`,
  fileNamePrefix: 'Bestuursoverzicht',
  cover: {
    board: 'Bestuur',
    made: 'Gemaakt op',
    schools: 'Scholen',
    files: 'Bestanden'
  },
  about: {
    heading: 'Over dit overzicht',
    text:
      'Elke school heeft zelf een export voor het bestuur gemaakt. Daarin staan alleen totalen ' +
      'van de quickscan: per vraag en per succesfactor hoeveel teamleden welk antwoord gaven, ' +
      'het aandeel “?”, de mediaan en het oordeel. Namen, bijdragen, notities en antwoorden van ' +
      'één persoon staan er niet in.',
    scale: 'De mediaan staat op de schaal van de quickscan: ++ = 5, + = 4, +/- = 3, - = 2, -- = 1.',
    verdicts:
      'Oordeel: “eens” als het team het grotendeels eens is, “verdeeld” als de antwoorden uiteenlopen, ' +
      '“geen zicht” als minstens 40% “?” antwoordde.',
    tooFew: (names: string) =>
      `Te weinig invullers om te vergelijken (minder dan vijf): ${names}. Deze scholen staan wel in de lijst, maar tellen niet mee in de spreiding, de blinde vlekken en de heatmap.`,
    duplicate: (school: string, date: string, files: string) =>
      `${school} (${date}) kwam meer dan eens voor (${files}); telt één keer mee.`,
    versions: (versions: string, compared: number, leftOut: number) =>
      `De scholen gebruikten verschillende versies van de quickscan (${versions}). Vergeleken is alleen op de ${compared} vragen die in alle versies voorkomen; ${leftOut} ${leftOut === 1 ? 'vraag is' : 'vragen zijn'} weggelaten.`,
    version: (id: string, version: number, schools: number) =>
      `versie ${version} van “${id}”: ${schools} ${schools === 1 ? 'school' : 'scholen'}`
  },
  heatmap: {
    heading: 'Scholen en succesfactoren',
    intro:
      'Per school en succesfactor de mediaan van alle antwoorden op de vragen van die factor, met het oordeel eronder. ' +
      'Donkerder is positiever. Arcering: minstens 40% van de antwoorden was “?”.',
    altTitle: 'Heatmap van de scholen op de succesfactoren',
    alt: (range: { from: number; to: number; of: number }, factors: number) =>
      `Heatmap van de scholen ${range.from} tot en met ${range.to} van ${range.of} (rijen, op naam) en ${factors} succesfactoren (kolommen). ` +
      'Elke cel toont de mediaan (1 tot 5) en het oordeel; gearceerde cellen hebben veel “?”. De tabel hierna bevat dezelfde cijfers.',
    tableHeading: 'De cijfers achter de heatmap',
    school: 'School',
    respondents: 'Invullers',
    date: 'Datum',
    legendScale: 'Mediaan',
    legendLow: '1 = --',
    legendHigh: '5 = ++',
    legendHatch: 'veel “?” (40% of meer)',
    legendEmpty: '– = geen vragen van deze factor vergeleken',
    tooFew: 'te weinig invullers om te vergelijken',
    noMedian: 'alleen ?'
  },
  spread: {
    heading: 'Spreiding per succesfactor',
    intro:
      'Hoe ver de scholen uiteenlopen: de laagste, middelste en hoogste mediaan van de scholen.',
    factor: 'Succesfactor',
    schools: 'Scholen',
    lowest: 'Laagste',
    median: 'Mediaan',
    highest: 'Hoogste',
    iqr: 'Middelste helft'
  },
  blindSpots: {
    heading: 'Blinde vlekken bij de meeste scholen',
    intro:
      'Succesfactoren waarop bij meer dan de helft van de scholen minstens 40% “?” antwoordde.',
    item: (factor: string, schools: number, of: number) =>
      `${factor}: bij ${schools} van de ${of} scholen`,
    none: 'Geen: op elke succesfactor heeft minstens de helft van de scholen zicht.'
  },
  priorities: {
    heading: 'Gedeelde prioriteiten',
    intro: 'Onderdelen waarvoor twee of meer scholen een prioriteit meestuurden.',
    item: (cluster: string, schools: number) => `${cluster}: ${schools} scholen`,
    none: 'Geen onderdeel is door twee of meer scholen als prioriteit meegestuurd.'
  },
  change: {
    heading: 'Verandering sinds de vorige export',
    intro:
      'Verschil in mediaan per succesfactor tussen de nieuwste en de vorige export van dezelfde school, op de vragen die in beide voorkomen.',
    previous: 'Vorige',
    none: 'Van geen enkele school is een eerdere export geopend.',
    otherVersion: (school: string) =>
      `${school}: de vorige export gebruikte een andere versie van de quickscan; alleen gelijke vragen zijn vergeleken.`
  },
  grades: {
    heading: 'Rapportcijfers per onderdeel',
    intro: 'De mediaan van de rapportcijfers (1–10) die de teamleden per onderdeel gaven.'
  },
  actions: {
    heading: 'Acties van de scholen',
    intro: 'Alleen de titels, van de scholen die ervoor kozen ze mee te sturen.'
  }
}
