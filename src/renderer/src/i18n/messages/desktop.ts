import { defineMessages } from '../define-messages'

/** What only the desktop app shows: the firewall prompt explained, the projector window. */
export const desktopMessages = defineMessages({
  nl: {
    'desktop.closeProjector': 'Projector sluiten',
    'desktop.firewall.title': 'Vraagt de computer of Samenspel het netwerk mag gebruiken?',
    'desktop.firewall.why':
      'Telefoons bereiken Samenspel via het schoolnetwerk. Daarom vraagt de firewall van de computer de eerste keer of dat mag. Er gaat niets naar internet.',
    'desktop.firewall.windows':
      'Windows: laat alleen "Privénetwerken" aangevinkt (niet "Openbare netwerken") en kies "Toegang toestaan".',
    'desktop.firewall.mac':
      'macOS: bij "Wil je dat Samenspel inkomende netwerkverbindingen accepteert?" kies je "Sta toe".',
    'desktop.check.title': 'Komt geen enkele telefoon binnen?',
    'desktop.check.sameNetwork':
      'Zitten de telefoons op hetzelfde wifi-netwerk als deze laptop? Mobiele data of een gastnetwerk werkt niet.',
    'desktop.check.windows':
      'Windows: zet het netwerk op "Privé" (Instellingen › Netwerk en internet › Wi-Fi › eigenschappen). Staat Samenspel bij Windows-beveiliging › Firewall- en netwerkbeveiliging › "Een app toestaan via de firewall" aangevinkt voor Privé?',
    'desktop.check.mac':
      'macOS: Systeeminstellingen › Netwerk › Firewall › Opties: staat Samenspel op "Sta inkomende verbindingen toe"?',
    'desktop.check.isolation':
      'Werkt het nog steeds niet? Veel schoolnetwerken laten apparaten elkaar niet zien. Vraag de ICT-beheerder om een netwerk waarop dat wel kan, of zet een hotspot aan op je telefoon en verbind laptop en telefoons daarmee.'
  },
  en: {
    'desktop.closeProjector': 'Close projector',
    'desktop.firewall.title': 'Does the computer ask whether Samenspel may use the network?',
    'desktop.firewall.why':
      'Phones reach Samenspel over the school network, so the computer’s firewall asks the first time whether that is allowed. Nothing goes to the internet.',
    'desktop.firewall.windows':
      'Windows: keep only "Private networks" ticked (not "Public networks") and choose "Allow access".',
    'desktop.firewall.mac':
      'macOS: when asked "Do you want the application Samenspel to accept incoming network connections?", choose "Allow".',
    'desktop.check.title': 'No phone gets in?',
    'desktop.check.sameNetwork':
      'Are the phones on the same Wi-Fi network as this laptop? Mobile data or a guest network does not work.',
    'desktop.check.windows':
      'Windows: set the network to "Private" (Settings › Network & internet › Wi-Fi › properties). Is Samenspel ticked for Private under Windows Security › Firewall & network protection › "Allow an app through firewall"?',
    'desktop.check.mac':
      'macOS: System Settings › Network › Firewall › Options: is Samenspel set to "Allow incoming connections"?',
    'desktop.check.isolation':
      'Still not working? Many school networks keep devices from seeing each other. Ask IT for a network where they can, or turn on a hotspot on your phone and connect the laptop and the phones to it.'
  }
})
