// Every message id, from the catalogues themselves: t() takes only an id that exists. A new
// catalogue file (src/i18n/messages/<area>.json) is added here too (a test checks).
import type app from './messages/app.json'
import type detail from './messages/detail.json'
import type labels from './messages/labels.json'
import type share from './messages/share.json'
import type site from './messages/site.json'
import type timeline from './messages/timeline.json'
import type views from './messages/views.json'

type Ids<T> = keyof T & string

export type MessageId =
  | Ids<typeof app>
  | Ids<typeof detail>
  | Ids<typeof labels>
  | Ids<typeof share>
  | Ids<typeof site>
  | Ids<typeof timeline>
  | Ids<typeof views>
