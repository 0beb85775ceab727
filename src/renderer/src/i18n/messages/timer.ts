import { defineMessages } from '../define-messages'

/** The question timer. */
export const timerMessages = defineMessages({
  nl: {
    'timer.label': 'Timer',
    'timer.minutes': 'Minuten',
    'timer.start': 'Start',
    'timer.pause': 'Pauze',
    'timer.addMinute': '+1 min',
    'timer.reset': 'Reset',
    'timer.sound': 'Geluidssignaal als de tijd om is',
    'timer.remaining': 'Resterende tijd {time}',
    'timer.minuteCount_one': '{count} minuut',
    'timer.minuteCount_other': '{count} minuten',
    'timer.secondCount_one': '{count} seconde',
    'timer.secondCount_other': '{count} seconden',
    'timer.phase.idle': 'Klaar om te starten',
    'timer.phase.running': 'Loopt',
    'timer.phase.paused': 'Gepauzeerd',
    'timer.phase.warning': 'Bijna tijd',
    'timer.phase.critical': 'Tijd is bijna om',
    'timer.phase.done': 'Tijd is om',
    'timer.announce.left': 'Nog {time}',
    'timer.announce.warning': 'Bijna tijd, nog {time}'
  },
  en: {
    'timer.label': 'Timer',
    'timer.minutes': 'Minutes',
    'timer.start': 'Start',
    'timer.pause': 'Pause',
    'timer.addMinute': '+1 min',
    'timer.reset': 'Reset',
    'timer.sound': 'Sound a signal when time is up',
    'timer.remaining': 'Time left {time}',
    'timer.minuteCount_one': '{count} minute',
    'timer.minuteCount_other': '{count} minutes',
    'timer.secondCount_one': '{count} second',
    'timer.secondCount_other': '{count} seconds',
    'timer.phase.idle': 'Ready to start',
    'timer.phase.running': 'Running',
    'timer.phase.paused': 'Paused',
    'timer.phase.warning': 'Almost time',
    'timer.phase.critical': 'Time is nearly up',
    'timer.phase.done': 'Time is up',
    'timer.announce.left': '{time} left',
    'timer.announce.warning': 'Almost time, {time} left'
  }
})
