import type { Page } from 'playwright'

export type AriaRole = Parameters<Page['getByRole']>[0]

/** The roles Playwright's `getByRole` accepts. Playwright does not reject an unknown role: it just
 * matches nothing, which would surface much later as a timeout on a page that looks right. */
const ARIA_ROLE_LIST = [
  'alert', 'alertdialog', 'application', 'article', 'banner', 'blockquote', 'button', 'caption',
  'cell', 'checkbox', 'code', 'columnheader', 'combobox', 'complementary', 'contentinfo',
  'definition', 'deletion', 'dialog', 'directory', 'document', 'emphasis', 'feed', 'figure', 'form',
  'generic', 'grid', 'gridcell', 'group', 'heading', 'img', 'insertion', 'link', 'list', 'listbox',
  'listitem', 'log', 'main', 'marquee', 'math', 'meter', 'menu', 'menubar', 'menuitem',
  'menuitemcheckbox', 'menuitemradio', 'navigation', 'none', 'note', 'option', 'paragraph',
  'presentation', 'progressbar', 'radio', 'radiogroup', 'region', 'row', 'rowgroup', 'rowheader',
  'scrollbar', 'search', 'searchbox', 'separator', 'slider', 'spinbutton', 'status', 'strong',
  'subscript', 'superscript', 'switch', 'tab', 'table', 'tablist', 'tabpanel', 'term', 'textbox',
  'time', 'timer', 'toolbar', 'tooltip', 'tree', 'treegrid', 'treeitem',
] as const satisfies readonly AriaRole[]

export const ARIA_ROLES: ReadonlySet<string> = new Set(ARIA_ROLE_LIST)

export function isAriaRole(role: string): role is AriaRole {
  return ARIA_ROLES.has(role)
}

export function ariaRoleProblem(role: string): string | undefined {
  // An empty role is reported by the schema's min(1).
  if (role === '' || isAriaRole(role)) return undefined
  return `unknown ARIA role "${role}" (expected a role such as button, link, checkbox, radio, textbox, combobox, heading, dialog)`
}
