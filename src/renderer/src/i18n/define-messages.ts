// The one definition lives with the translator in src/shared/i18n; feature modules import it here.
export { defineMessages } from '../../../shared/i18n/define-messages'
