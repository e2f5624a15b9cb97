/** Every kind of event, in the order filters and legends list them. Plain data: the browser reads it without zod. */
export const EVENT_KINDS = [
  'message',
  'telegram',
  'letter',
  'greeting-card',
  'condolence',
  'phone-call',
  'visit',
  'summit',
  'ratification',
  'treaty',
] as const
