import { setMessages } from '../../src/i18n/i18n.ts'
import { compileCatalog } from '../../scripts/lib/catalog.ts'

// The code under test speaks English, as the site's root page does.
setMessages('en', compileCatalog('en'))
