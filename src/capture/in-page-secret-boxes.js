// Runs inside the audited page (passed to evaluate as source text, like in-page-snapshot.js). Given
// the source of the pattern that matches a secret in any encoding (src/walk/secret-encodings.ts),
// returns the boxes where the page shows one: text, even when split across elements; field values,
// and fields that hold secrets by their kind (`fields`: a selector and a name pattern, see
// secret-field-kinds.ts) whatever their value, such as a three-digit CVC;
// attributes that render (alt of a broken image, placeholder, value, and any attribute a ::before
// or ::after prints with attr()); the chosen option of a select. Open shadow roots and same-origin
// iframes are searched too. Boxes are in the top viewport's CSS pixels; `fixed` says the element
// stays put when the page scrolls, so its cover must too.
(source, fields) => {
  const has = new RegExp(source)
  const every = new RegExp(source, 'g')
  const secretName = new RegExp(fields.name, 'i')
  const secretKind = (el) =>
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') &&
    (el.matches(fields.selector) || secretName.test(`${el.name} ${el.id} ${el.getAttribute('autocomplete') || ''}`))
  const RENDERED_ATTRIBUTES = new Set(['value', 'alt', 'placeholder', 'label'])
  const boxes = []

  const add = (rect, offset, fixed) => {
    if (rect.width <= 0 || rect.height <= 0) return
    boxes.push({ x: rect.left + offset.x, y: rect.top + offset.y, width: rect.width, height: rect.height, fixed })
  }

  const isFixed = (start) => {
    for (let el = start; el; ) {
      if (el.ownerDocument.defaultView.getComputedStyle(el).position === 'fixed') return true
      const root = el.getRootNode()
      el = el.parentElement || (root && root.host) || null
    }
    return false
  }

  const count = (text) => {
    every.lastIndex = 0
    let n = 0
    while (every.exec(text)) n += 1
    return n
  }

  // The exact ranges of the text nodes that hold a secret whole, child elements searched the same
  // way; the element itself where a secret is split across its children (`<b>p@ss</b>word`).
  const coverText = (container, offset, frameFixed) => {
    if (container.nodeType === 1 && ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'HEAD'].includes(container.tagName)) return
    let found = 0
    for (const child of container.children) {
      const inChild = count(child.textContent || '')
      if (inChild === 0) continue
      found += inChild
      coverText(child, offset, frameFixed)
    }
    const element = container.nodeType === 11 ? container.host : container
    const fixed = frameFixed || isFixed(element)
    for (const node of container.childNodes) {
      if (node.nodeType !== 3) continue
      every.lastIndex = 0
      for (let match = every.exec(node.data); match; match = every.exec(node.data)) {
        const range = node.ownerDocument.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        for (const rect of range.getClientRects()) add(rect, offset, fixed)
        found += 1
      }
    }
    if (count(container.textContent || '') > found) add(element.getBoundingClientRect(), offset, fixed)
  }

  const showsAttribute = (el, name) => {
    if (name === 'alt') return el.tagName !== 'IMG' || !el.complete || el.naturalWidth === 0
    if (RENDERED_ATTRIBUTES.has(name)) return true
    const view = el.ownerDocument.defaultView
    return ['::before', '::after'].some((pseudo) => {
      const content = view.getComputedStyle(el, pseudo).content || ''
      return content.includes('attr(') || has.test(content)
    })
  }

  const searchRoot = (root, offset, frameFixed) => {
    const top = root.nodeType === 9 ? root.documentElement : root
    if (top && has.test(top.textContent || '')) coverText(top, offset, frameFixed)
    for (const el of root.querySelectorAll('*')) {
      const cover = () => add(el.getBoundingClientRect(), offset, frameFixed || isFixed(el))
      const value = typeof el.value === 'string' && el.tagName !== 'BUTTON' && el.tagName !== 'OPTION' ? el.value : ''
      if ((value && has.test(value)) || secretKind(el)) cover()
      else if (el.tagName === 'SELECT' && Array.from(el.selectedOptions || []).some((o) => has.test(o.text))) cover()
      else if (Array.from(el.attributes).some((a) => has.test(a.value) && showsAttribute(el, a.name))) cover()
      // Neither the host's textContent nor querySelectorAll reaches into its shadow root.
      if (el.shadowRoot) searchRoot(el.shadowRoot, offset, frameFixed)
      if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') {
        let inner = null
        try {
          inner = el.contentDocument
        } catch {
          inner = null
        }
        if (!inner || !inner.documentElement) continue
        const rect = el.getBoundingClientRect()
        const style = el.ownerDocument.defaultView.getComputedStyle(el)
        const inside = {
          x: offset.x + rect.left + el.clientLeft + parseFloat(style.paddingLeft),
          y: offset.y + rect.top + el.clientTop + parseFloat(style.paddingTop),
        }
        searchRoot(inner, inside, frameFixed || isFixed(el))
      }
    }
  }

  searchRoot(document, { x: 0, y: 0 }, false)
  return boxes
}
