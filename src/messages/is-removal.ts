import { MESSAGE_SOURCE } from './report-removal.js'

/** The parts of a vfile message (or its serialized form) that say what it is. */
export interface MessageKind {
  readonly source?: string | null | undefined
  readonly fatal?: boolean | null | undefined
  readonly ruleId?: string | null | undefined
}

/** Whether a message records a removal or repair by a winnow rule (an info message with a rule id). */
export function isRemoval<Message extends MessageKind>(
  message: Message,
): message is Message & { readonly ruleId: string } {
  return message.source === MESSAGE_SOURCE && message.fatal === undefined && Boolean(message.ruleId)
}
