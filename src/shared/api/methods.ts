/**
 * Every method of the API, once. Kept free of zod so the sandboxed preload can import it
 * without bundling the schemas; a test checks that the contract has exactly these methods.
 */
export const apiMethodNames = [
  'app.info',
  'content.get',
  'session.list',
  'session.get',
  'session.create',
  'session.createDemo',
  'session.update',
  'session.delete',
  'participant.add',
  'participant.update',
  'participant.remove',
  'workspace.get',
  'session.setPosition',
  'session.setFocus',
  'contribution.add',
  'contribution.update',
  'contribution.delete',
  'contribution.restore',
  'contribution.reorder',
  'note.set',
  'conversationForm.set',
  'agenda.setElement',
  'agenda.setDetails',
  'assessment.set',
  'support.set',
  'projector.open',
  'action.list',
  'action.add',
  'action.update',
  'action.delete',
  'action.restore',
  'action.reorder',
  'review.list',
  'review.set',
  'session.setNextMeeting',
  'session.getNextMeeting',
  'quickscan.get',
  'quickscan.create',
  'quickscan.addRespondent',
  'quickscan.updateRespondent',
  'quickscan.removeRespondent',
  'quickscan.answer',
  'quickscan.grade',
  'quickscan.setRevealed',
  'quickscan.setPriority',
  'quickscan.previous',
  'report.build',
  'session.export',
  'session.import',
  'file.save'
] as const

export type ApiMethodName = (typeof apiMethodNames)[number]

export function isApiMethodName(name: string): name is ApiMethodName {
  return (apiMethodNames as readonly string[]).includes(name)
}
