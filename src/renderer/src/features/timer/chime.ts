/**
 * A short, soft two-tone chime made on the spot with the Web Audio API: no audio file, nothing
 * fetched. Meant to be noticed in a meeting room without startling anyone.
 */

/** Two descending notes (E5, C5), each a gentle sine with a slow fade. */
const notes = [
  { frequency: 659.25, offset: 0 },
  { frequency: 523.25, offset: 0.45 }
]
const noteSeconds = 0.9
const peakGain = 0.12

function audioContextClass(): typeof AudioContext | undefined {
  return globalThis.AudioContext
}

export function playChime(): void {
  const Context = audioContextClass()
  // Without Web Audio the visual "time is up" state is the whole signal.
  if (!Context) return
  try {
    const context = new Context()
    void context.resume()
    const start = context.currentTime
    for (const note of notes) playNote(context, note.frequency, start + note.offset)
    const lastEnd = start + (notes.at(-1)?.offset ?? 0) + noteSeconds
    setTimeout(() => void context.close(), (lastEnd - start + 0.2) * 1000)
  } catch {
    // Sound is a courtesy: a blocked or broken audio device must never break the timer.
  }
}

function playNote(context: AudioContext, frequency: number, at: number): void {
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  oscillator.type = 'sine'
  oscillator.frequency.value = frequency
  // Ramp up and down instead of switching on and off, which would click.
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(peakGain, at + 0.04)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + noteSeconds)
  oscillator.connect(gain).connect(context.destination)
  oscillator.start(at)
  oscillator.stop(at + noteSeconds)
}
