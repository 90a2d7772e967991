// Runs inside the audited page (passed to evaluate as source text, so no bundler helper can leak into
// it). Reads the live DOM: properties such as `checked` and computed style, which serialised HTML does
// not have. Called with no element it returns a PageSnapshot (src/capture/page-snapshot.ts); called
// with an element (locator.evaluate) it returns that element's selector, text and tag, computed the
// same way, so a step's target can be found again in the snapshot.
(target) => {
  const MAX_ELEMENTS = 2500
  const MAX_TEXTS = 4000
  const INTERACTIVE =
    'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=switch], [role=menuitem], [role=tab], [role=option], [onclick], [contenteditable=true]'
  const TEXT_BLOCKS = {
    H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
    P: 'paragraph', LI: 'listitem', DT: 'listitem', DD: 'listitem', TR: 'row', TD: 'cell', TH: 'cell',
    LABEL: 'label', LEGEND: 'label', CAPTION: 'label', DIALOG: 'dialog', OUTPUT: 'status', BLOCKQUOTE: 'paragraph',
  }
  const ROLE_KINDS = { dialog: 'dialog', alertdialog: 'dialog', alert: 'alert', status: 'status', heading: 'heading', listitem: 'listitem', row: 'row' }
  const LANDMARKS = new Set(['ASIDE', 'SECTION', 'FORM', 'NAV', 'HEADER', 'FOOTER', 'MAIN', 'DIALOG', 'TABLE', 'UL', 'OL', 'ARTICLE', 'FIELDSET'])
  const SENSITIVE_NAME = /card|cc-?num|cvc|cvv|csc|iban|security.?code|passwor|pin\b/i

  const fold = (s, max = 300) => {
    const t = (s || '').replace(/\s+/g, ' ').trim()
    return t.length > max ? `${t.slice(0, max - 1)}…` : t
  }

  // --- colour and contrast (WCAG 2.x relative luminance) ---
  // Computed colours come as rgb()/rgba(), or, for colours written in newer spaces (Tailwind 4 writes
  // oklch), as oklch(), oklab() or color(srgb …): those are converted to sRGB here.
  const num = (v, percentOf = 1) => (v === 'none' ? 0 : /%$/.test(v) ? (parseFloat(v) / 100) * percentOf : parseFloat(v))
  const alphaOf = (v) => (v === undefined ? 1 : num(v, 1))
  const toByte = (linear) => {
    const c = Math.min(1, Math.max(0, linear))
    return Math.round((c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055) * 255)
  }
  const fromOklab = (L, A, B, a) => {
    const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3
    const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3
    const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3
    return {
      r: toByte(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
      g: toByte(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
      b: toByte(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
      a,
    }
  }
  const parseColor = (c) => {
    const m = /^\s*(rgba?|oklch|oklab|color)\(([^)]+)\)/.exec(c || '')
    if (!m) return null
    const [values, alpha] = m[2].split('/').map((part) => part.trim())
    const p = values.split(/[ ,]+/).filter(Boolean)
    if (m[1] === 'oklab') return fromOklab(num(p[0]), num(p[1], 0.4), num(p[2], 0.4), alphaOf(alpha))
    if (m[1] === 'oklch') {
      const h = (num(p[2]) * Math.PI) / 180
      const C = num(p[1], 0.4)
      return fromOklab(num(p[0]), C * Math.cos(h), C * Math.sin(h), alphaOf(alpha))
    }
    if (m[1] === 'color') {
      if (p[0] !== 'srgb') return null
      return { r: num(p[1]) * 255, g: num(p[2]) * 255, b: num(p[3]) * 255, a: alphaOf(alpha) }
    }
    const n = p.map(Number)
    return { r: n[0], g: n[1], b: n[2], a: alpha !== undefined ? alphaOf(alpha) : n.length > 3 ? n[3] : 1 }
  }
  const luminance = ({ r, g, b }) => {
    const ch = (v) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)
  }
  const blend = (fg, bg) => ({
    r: fg.r * fg.a + bg.r * (1 - fg.a),
    g: fg.g * fg.a + bg.g * (1 - fg.a),
    b: fg.b * fg.a + bg.b * (1 - fg.a),
    a: 1,
  })
  const parentOf = (el) => el.parentElement || (el.getRootNode && el.getRootNode().host) || null
  const backgroundOf = (el) => {
    // Composite translucent backgrounds up the tree; a background image makes contrast unknowable.
    const layers = []
    for (let node = el; node && node.nodeType === 1; node = parentOf(node)) {
      const cs = getComputedStyle(node)
      if (cs.backgroundImage && cs.backgroundImage !== 'none') return { color: cs.backgroundColor, known: false }
      const c = parseColor(cs.backgroundColor)
      if (c && c.a > 0) {
        layers.push(c)
        if (c.a >= 1) break
      }
    }
    let base = { r: 255, g: 255, b: 255, a: 1 }
    for (let i = layers.length - 1; i >= 0; i--) base = blend(layers[i], base)
    return { color: `rgb(${Math.round(base.r)}, ${Math.round(base.g)}, ${Math.round(base.b)})`, rgb: base, known: true }
  }
  const effectiveOpacity = (el) => {
    let o = 1
    for (let node = el; node && node.nodeType === 1; node = parentOf(node)) o *= Number(getComputedStyle(node).opacity || 1)
    return o
  }
  const lookOf = (el) => {
    const cs = getComputedStyle(el)
    const bg = backgroundOf(el)
    const opacity = effectiveOpacity(el)
    let contrastRatio = null
    const fg = parseColor(cs.color)
    if (fg && bg.known) {
      const shown = blend({ ...fg, a: fg.a * opacity }, bg.rgb)
      const l1 = luminance(shown)
      const l2 = luminance(bg.rgb)
      contrastRatio = Math.round(((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)) * 100) / 100
    }
    const look = {
      fontSizePx: parseFloat(cs.fontSize) || 0,
      fontWeight: Number(cs.fontWeight) || 400,
      color: cs.color,
      backgroundColor: bg.color,
      opacity: Math.round(opacity * 1000) / 1000,
      contrastRatio,
    }
    // What makes a control stand out besides its text: a fill of its own set against what is behind
    // it, a border, a shadow, an underline.
    const own = parseColor(cs.backgroundColor)
    const behind = parentOf(el) ? backgroundOf(parentOf(el)) : { known: false }
    if (cs.backgroundImage && cs.backgroundImage !== 'none' && /gradient/.test(cs.backgroundImage)) look.fill = 'gradient'
    else if (own && own.a > 0.1 && behind.known) {
      const filled = blend(own, behind.rgb)
      const l1 = luminance(filled)
      const l2 = luminance(behind.rgb)
      const ratio = Math.round(((Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05)) * 100) / 100
      if (ratio >= 1.05 || Math.abs(filled.r - behind.rgb.r) + Math.abs(filled.g - behind.rgb.g) + Math.abs(filled.b - behind.rgb.b) > 30) {
        look.fill = `rgb(${Math.round(filled.r)}, ${Math.round(filled.g)}, ${Math.round(filled.b)})`
        look.fillContrast = ratio
      }
    }
    const borderWidth = Math.max(
      ...['Top', 'Right', 'Bottom', 'Left'].map((side) => {
        const c = parseColor(cs[`border${side}Color`])
        return cs[`border${side}Style`] !== 'none' && c && c.a > 0.1 ? parseFloat(cs[`border${side}Width`]) || 0 : 0
      }),
    )
    if (borderWidth > 0) look.borderPx = Math.round(borderWidth * 10) / 10
    if (cs.boxShadow && cs.boxShadow !== 'none') look.shadow = true
    if (/underline/.test(cs.textDecorationLine || cs.textDecoration || '')) look.underline = true
    if (cs.cursor === 'pointer') look.pointer = true
    return look
  }

  // --- selectors unique within their root ---
  const cssEscape = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, '\\$&'))
  const uniqueIn = (root, sel) => {
    try {
      return root.querySelectorAll(sel).length === 1
    } catch {
      return false
    }
  }
  // Each element's place among its parent's children of its tag, worked out once per parent: a list of
  // 20,000 rows would otherwise cost 20,000 scans of 20,000 siblings.
  const typePositions = new WeakMap()
  const typePosition = (node, parent) => {
    if (!typePositions.has(node)) {
      const counts = new Map()
      for (const child of parent.children) {
        const n = (counts.get(child.tagName) || 0) + 1
        counts.set(child.tagName, n)
        typePositions.set(child, { position: n, tag: child.tagName })
      }
      for (const child of parent.children) typePositions.get(child).count = counts.get(child.tagName)
    }
    return typePositions.get(node)
  }
  const selectorOf = (el) => {
    const root = el.getRootNode()
    if (el.id && uniqueIn(root, `#${cssEscape(el.id)}`)) return `#${cssEscape(el.id)}`
    const tag = el.tagName.toLowerCase()
    for (const attr of ['data-testid', 'data-test', 'name', 'aria-label']) {
      const v = el.getAttribute(attr)
      if (v) {
        const sel = `${tag}[${attr}="${v.replace(/"/g, '\\"')}"]`
        if (uniqueIn(root, sel)) return sel
      }
    }
    const parts = []
    for (let node = el; node && node.nodeType === 1; node = node.parentElement) {
      if (node !== el && node.id && uniqueIn(root, `#${cssEscape(node.id)}`)) {
        parts.unshift(`#${cssEscape(node.id)}`)
        break
      }
      const t = node.tagName.toLowerCase()
      const parent = node.parentElement
      if (!parent) {
        parts.unshift(t)
        break
      }
      const { position, count } = typePosition(node, parent)
      parts.unshift(count > 1 ? `${t}:nth-of-type(${position})` : t)
    }
    return parts.join(' > ')
  }

  const describe = (el) => {
    let d = el.tagName.toLowerCase()
    if (el.id) d += `#${el.id}`
    else if (typeof el.className === 'string' && el.className.trim()) d += `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}`
    const label = el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') && textOfIds(el, el.getAttribute('aria-labelledby')))
    if (label) d += ` "${fold(label, 60)}"`
    else {
      const h = el.querySelector && el.querySelector('h1,h2,h3,h4,legend,caption')
      if (h && h.textContent.trim()) d += ` "${fold(h.textContent, 60)}"`
    }
    return d
  }
  // Up to three named landmark-like ancestors, outermost first: rules match words such as
  // "summary" or "footer" in it, and people read it as "where on the page".
  const regionOf = (el) => {
    const found = []
    for (let node = parentOf(el); node && node.nodeType === 1 && found.length < 3; node = parentOf(node)) {
      const named = node.id || node.getAttribute('aria-label') || (typeof node.className === 'string' && node.className.trim())
      if (LANDMARKS.has(node.tagName) || node.getAttribute('role')) {
        if (named || ['FOOTER', 'HEADER', 'NAV', 'MAIN', 'ASIDE', 'DIALOG', 'FORM'].includes(node.tagName)) found.unshift(describe(node))
      }
    }
    return found.length ? found.join(' > ') : undefined
  }

  const textOfIds = (el, ids) => {
    const root = el.getRootNode()
    return ids
      .split(/\s+/)
      .map((id) => (root.getElementById ? root.getElementById(id) : document.getElementById(id)))
      .filter(Boolean)
      .map((n) => n.textContent)
      .join(' ')
  }
  const labelTextOf = (el) => {
    const labels = el.labels ? Array.from(el.labels) : []
    return fold(labels.map((l) => l.innerText || l.textContent).join(' '))
  }
  const nameOf = (el) => {
    const aria = el.getAttribute('aria-label')
    if (aria) return fold(aria)
    const by = el.getAttribute('aria-labelledby')
    if (by) return fold(textOfIds(el, by))
    const label = labelTextOf(el)
    if (label) return label
    if (el.tagName === 'INPUT' && ['submit', 'button', 'reset'].includes(el.type)) return fold(el.value)
    const text = fold(el.innerText || el.textContent)
    if (text) return text
    const img = el.querySelector && el.querySelector('img[alt]')
    return fold(el.getAttribute('title') || (img && img.alt) || el.getAttribute('placeholder') || '')
  }
  const contextTextOf = (el) => {
    // The nearest ancestor that reads as one line of UI: where "+$2.99/mo" sits beside a checkbox.
    // Past 200 characters it is a section, not a line, and says nothing about this element.
    const own = fold(el.innerText || '').length
    for (let node = parentOf(el), depth = 0; node && node.nodeType === 1 && depth < 4; node = parentOf(node), depth++) {
      const t = fold(node.innerText || node.textContent, 1000)
      if (t.length > 200) return undefined
      if (t.length > own) return t
    }
    return undefined
  }
  const roleOf = (el) => {
    const explicit = el.getAttribute('role')
    if (explicit) return explicit
    const tag = el.tagName
    if (tag === 'A') return 'link'
    if (tag === 'BUTTON' || tag === 'SUMMARY') return 'button'
    if (tag === 'SELECT') return el.multiple ? 'listbox' : 'combobox'
    if (tag === 'TEXTAREA') return 'textbox'
    if (tag === 'INPUT') {
      const t = el.type
      if (t === 'checkbox') return 'checkbox'
      if (t === 'radio') return 'radio'
      if (['submit', 'button', 'reset', 'image'].includes(t)) return 'button'
      if (t === 'range') return 'slider'
      return 'textbox'
    }
    return undefined
  }
  // :user-invalid matches a field only after the person interacted with it or tried to send its form,
  // unlike :invalid, which an empty required field matches from the start. Browsers without it throw.
  const userInvalid = (el) => {
    try {
      return el.matches(':user-invalid')
    } catch {
      return false
    }
  }

  const isVisible = (el, rect) => {
    if (rect.width === 0 && rect.height === 0) return false
    if (el.checkVisibility) return el.checkVisibility({ checkVisibilityCSS: true })
    const cs = getComputedStyle(el)
    return cs.display !== 'none' && cs.visibility !== 'hidden'
  }
  const boxOf = (rect, offset) => ({
    x: Math.round(rect.left + offset.x),
    y: Math.round(rect.top + offset.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
  })
  const isFixed = (el) => {
    for (let node = el; node && node.nodeType === 1; node = parentOf(node)) {
      const p = getComputedStyle(node).position
      if (p === 'fixed' || p === 'sticky') return true
    }
    return false
  }
  const isLive = (el) => {
    for (let node = el; node && node.nodeType === 1; node = parentOf(node)) {
      const role = node.getAttribute('role')
      if (role === 'status' || role === 'alert' || node.tagName === 'OUTPUT') return true
      const live = node.getAttribute('aria-live')
      if (live && live !== 'off') return true
    }
    return false
  }
  // Controls made of divs and spans: what a person can click, by the pointer cursor the page sets, a
  // tabindex or an onclick handler. The outermost one counts (a card, not each line inside it), and
  // not one that holds a real control (that control is the thing to click) or sits inside one.
  const SELECTED_CLASS = /(^|[-_\s])(selected|active|checked|chosen|current|is-selected)($|[-_\s])/i
  const CONTROL_ANCESTOR = 'a,button,label,[role=button],[role=link],select,summary'
  const clickableKind = (el, cs) => {
    if (el.matches(INTERACTIVE)) return undefined
    // An <a> without href (a click handler instead) is a control people see; only its ancestors count.
    const holder = el.tagName === 'A' ? el.parentElement && el.parentElement.closest(CONTROL_ANCESTOR) : el.closest(CONTROL_ANCESTOR)
    if (holder) return undefined
    const tabindex = el.getAttribute('tabindex')
    let kind
    if (typeof el.onclick === 'function') kind = 'handler'
    else if (tabindex !== null && Number(tabindex) >= 0 && !['HTML', 'BODY', 'MAIN', 'SECTION', 'ARTICLE'].includes(el.tagName)) kind = 'tabindex'
    else if (cs.cursor === 'pointer') {
      const parent = parentOf(el)
      if (parent && parent.nodeType === 1 && getComputedStyle(parent).cursor === 'pointer') return undefined
      kind = 'pointer'
    }
    if (!kind) return undefined
    if (el.querySelector(INTERACTIVE)) return undefined
    return kind
  }
  // The card a checkbox or radio button sits in: its largest ancestor that holds no other control of
  // its kind, up to a card's worth of text. A plan's price is often a line of that card far from the
  // box itself (the box in a corner, the price at the foot).
  const RADIOS = 'input[type=radio], [role=radio]'
  const CHECKBOXES = 'input[type=checkbox], [role=checkbox], [role=switch]'
  const MAX_CARD_TEXT = 500
  const cardOf = (el, sameKind, offset) => {
    let card = null
    for (let node = parentOf(el); node && node.nodeType === 1 && node !== document.body && node !== document.documentElement; node = parentOf(node)) {
      if (Array.from(node.querySelectorAll(sameKind)).some((other) => other !== el)) break
      const text = fold(node.innerText || '', MAX_CARD_TEXT + 1)
      if (text.length > MAX_CARD_TEXT) break
      if (text) card = { node, text }
    }
    return card ? { text: card.text, box: boxOf(card.node.getBoundingClientRect(), offset) } : null
  }
  const hasOwnText = (el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim())
  const isSensitive = (el) =>
    el.type === 'password' ||
    /^cc-/.test(el.getAttribute('autocomplete') || '') ||
    SENSITIVE_NAME.test(`${el.name || ''} ${el.id || ''} ${el.getAttribute('autocomplete') || ''}`)

  const elements = []
  const texts = []
  const forms = []
  const openDialogs = []
  const unreadable = []
  const textSizes = []

  const visit = (root, offset, context) => {
    for (const el of root.querySelectorAll(INTERACTIVE)) {
      if (elements.length >= MAX_ELEMENTS) break
      const rect = el.getBoundingClientRect()
      const tag = el.tagName.toLowerCase()
      const isField = tag === 'input' || tag === 'select' || tag === 'textarea'
      const record = {
        selector: selectorOf(el),
        tag,
        name: nameOf(el),
        text: fold(el.innerText || ''),
        visible: isVisible(el, rect),
        box: boxOf(rect, offset),
        look: lookOf(el),
      }
      if (el.type && (tag === 'input' || tag === 'button')) record.type = el.type
      const role = roleOf(el)
      if (role) record.role = role
      const labelText = isField ? labelTextOf(el) : ''
      if (labelText) record.labelText = labelText
      const contextText = contextTextOf(el)
      if (contextText) record.contextText = contextText
      if (tag === 'a' && el.getAttribute('href') != null) record.href = el.href
      if (isField && !['checkbox', 'radio'].includes(el.type)) {
        if (tag === 'select') record.selectedText = fold(Array.from(el.selectedOptions).map((o) => o.text).join(', '))
        else if (el.value) record.value = isSensitive(el) ? '•••' : fold(el.value, 120)
      }
      if (isField) {
        const autocomplete = (el.getAttribute('autocomplete') || '').trim().toLowerCase()
        if (autocomplete) record.autocomplete = autocomplete
        // The form a field submits with (also via the form= attribute): where its value is sent.
        if (el.form) record.form = selectorOf(el.form)
      }
      if (el.type === 'checkbox' || el.type === 'radio') record.checked = el.checked
      else if (['checkbox', 'radio', 'switch', 'menuitemcheckbox'].includes(el.getAttribute('role') || ''))
        record.checked = el.getAttribute('aria-checked') === 'true'
      if (el.disabled || el.getAttribute('aria-disabled') === 'true') record.disabled = true
      if (el.required || el.getAttribute('aria-required') === 'true') record.required = true
      // Flagged by the page's script, or by the browser once sending the form was tried: what the form
      // refused to go on without, whatever its markup declared.
      if (isField && (el.getAttribute('aria-invalid') === 'true' || userInvalid(el))) record.invalid = true
      const region = regionOf(el)
      if (region) record.region = region
      if (context) record.context = context
      const card = role === 'radio' || role === 'checkbox' || role === 'switch' ? cardOf(el, role === 'radio' ? RADIOS : CHECKBOXES, offset) : null
      if (card) record.card = card
      elements.push(record)
    }

    // Layers that cover most of the viewport from a fixed or absolute position are dialogs, whatever
    // their markup: a modal of plain divs still stops the visitor until answered. The outermost such
    // layer counts; an absolutely placed page wrapper has to be stacked above the page to be one.
    const coveringLayers = new Set()
    const coversViewport = (el, cs) => {
      if (cs.position !== 'fixed' && !(cs.position === 'absolute' && Number(cs.zIndex) > 0)) return false
      if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return false
      const rect = el.getBoundingClientRect()
      const vw = window.innerWidth
      const vh = window.innerHeight
      const w = Math.max(0, Math.min(rect.right, vw) - Math.max(rect.left, 0))
      const h = Math.max(0, Math.min(rect.bottom, vh) - Math.max(rect.top, 0))
      if (w * h < 0.5 * vw * vh) return false
      for (let node = parentOf(el); node && node.nodeType === 1; node = parentOf(node)) if (coveringLayers.has(node)) return false
      return true
    }

    for (const el of root.querySelectorAll(root === document ? 'body *' : '*')) {
      if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'path'].includes(el.tagName)) continue
      const cs = getComputedStyle(el)
      if (root === document && coversViewport(el, cs) && (el.innerText || '').trim()) coveringLayers.add(el)
      if (elements.length >= MAX_ELEMENTS) continue
      const clickable = clickableKind(el, cs)
      if (!clickable) continue
      const rect = el.getBoundingClientRect()
      const text = fold(el.innerText || '')
      const name = fold(el.getAttribute('aria-label') || text || el.getAttribute('title') || '')
      if (!name || rect.width * rect.height < 16) continue
      const record = {
        selector: selectorOf(el),
        tag: el.tagName.toLowerCase(),
        name,
        text,
        visible: isVisible(el, rect),
        box: boxOf(rect, offset),
        look: lookOf(el),
        clickable,
      }
      const contextText = contextTextOf(el)
      if (contextText) record.contextText = contextText
      const state = el.getAttribute('aria-selected') || el.getAttribute('aria-pressed') || el.getAttribute('aria-checked')
      if (state === 'true' || (state === null && SELECTED_CLASS.test(typeof el.className === 'string' ? el.className : ''))) record.checked = true
      if (el.getAttribute('aria-disabled') === 'true') record.disabled = true
      const region = regionOf(el)
      if (region) record.region = region
      if (context) record.context = context
      elements.push(record)
    }

    for (const el of root.querySelectorAll('*')) {
      if (texts.length >= MAX_TEXTS) break
      const role = el.getAttribute('role')
      let kind = coveringLayers.has(el) ? 'dialog' : TEXT_BLOCKS[el.tagName] || (role && ROLE_KINDS[role])
      if (!kind && el.getAttribute('aria-live') && el.getAttribute('aria-live') !== 'off') kind = 'status'
      if (!kind && hasOwnText(el) && !el.closest('a,button,label,script,style,noscript,template')) kind = 'other'
      if (!kind) continue
      if (el.tagName === 'DIALOG' && !el.open) continue
      const text = fold(el.innerText || el.textContent, 500)
      if (!text) continue
      const rect = el.getBoundingClientRect()
      const visible = isVisible(el, rect)
      const fontSizePx = parseFloat(getComputedStyle(el).fontSize) || 0
      const block = {
        selector: selectorOf(el),
        tag: el.tagName.toLowerCase(),
        kind,
        text,
        visible,
        box: boxOf(rect, offset),
        fontSizePx,
        fixed: isFixed(el),
        live: isLive(el),
      }
      const region = regionOf(el)
      if (region) block.region = region
      if (context) block.context = context
      texts.push(block)
      if (visible && (kind === 'paragraph' || kind === 'listitem')) textSizes.push(fontSizePx)
      if (visible && kind === 'dialog') openDialogs.push(block.selector)
    }

    for (const form of root.querySelectorAll('form')) {
      forms.push({ selector: selectorOf(form), action: form.action || location.href, method: (form.method || 'get').toLowerCase() })
    }

    // Open shadow roots are walked; closed ones cannot be, and say so.
    for (const host of root.querySelectorAll('*')) {
      if (host.shadowRoot) {
        const hostSel = selectorOf(host)
        const shadowHost = context && context.shadowHost ? `${context.shadowHost} >>> ${hostSel}` : hostSel
        visit(host.shadowRoot, offset, { ...context, shadowHost })
      } else if (host.tagName.includes('-') && !host.shadowRoot && host.attachShadow && host.childElementCount === 0 && host.innerText === '' && host.getBoundingClientRect().height > 0) {
        unreadable.push(`custom element ${selectorOf(host)} renders content that is not readable (closed shadow root?)`)
      }
    }
    for (const frame of root.querySelectorAll('iframe, frame')) {
      let doc = null
      try {
        doc = frame.contentDocument
      } catch {
        doc = null
      }
      const src = frame.src || frame.getAttribute('src') || '(inline)'
      if (!doc || !doc.documentElement) {
        unreadable.push(`cross-origin iframe ${src}`)
        continue
      }
      const r = frame.getBoundingClientRect()
      visit(doc, { x: offset.x + r.left + frame.clientLeft, y: offset.y + r.top + frame.clientTop }, { ...context, frameUrl: doc.location.href })
    }
  }

  if (target && target.nodeType === 1) {
    return { selector: selectorOf(target), text: fold(nameOf(target), 200), tag: target.tagName.toLowerCase() }
  }

  const scroll = { x: window.scrollX, y: window.scrollY }
  visit(document, scroll, undefined)

  textSizes.sort((a, b) => a - b)
  const median = textSizes.length ? textSizes[Math.floor(textSizes.length / 2)] : parseFloat(getComputedStyle(document.body || document.documentElement).fontSize) || 16
  const docEl = document.documentElement
  return {
    url: location.href,
    title: document.title,
    protocol: location.protocol.replace(':', ''),
    lang: docEl.lang || '',
    viewport: { width: window.innerWidth, height: window.innerHeight },
    documentSize: { width: Math.max(docEl.scrollWidth, docEl.clientWidth), height: Math.max(docEl.scrollHeight, docEl.clientHeight) },
    bodyFontSizePx: median,
    elements,
    texts,
    forms,
    openDialogs,
    unreadable,
  }
}
