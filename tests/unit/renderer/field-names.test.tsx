// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AutosaveText } from '../../../src/renderer/src/components/AutosaveText'

afterEach(cleanup)

/**
 * The text that names a field under the accessible-name rules Chromium follows: aria-labelledby
 * first, else the field's label element, whose content includes a text area's own text (React
 * keeps a text area's content equal to its value). happy-dom's own name computation skips that
 * last rule, so this reads it as Chromium would.
 */
function nameOf(field: HTMLElement): string {
  const by = field.getAttribute('aria-labelledby')
  if (by)
    return by
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
  return (field as HTMLTextAreaElement).labels?.[0]?.textContent ?? ''
}

describe('a text field that saves as you type', () => {
  it('keeps its name when text is typed: what is typed is its value, not part of its name', () => {
    render(<AutosaveText label="Notities bij dit scherm" value="" multiline onSave={() => {}} />)
    const field = screen.getByRole('textbox')
    fireEvent.change(field, { target: { value: 'Over de ouderavond' } })
    expect(nameOf(field)).toBe('Notities bij dit scherm')
  })
})
