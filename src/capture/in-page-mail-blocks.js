// Runs inside a rendered e-mail (passed to evaluate as source text, like in-page-snapshot.js). Given
// the selector of text blocks, the selector of controls and the height past which the image is cut,
// returns each innermost block holding text, and each link or button, with a selector and its box in
// page coordinates.
(selector, controls, maxHeight) => {
  const found = []
  const pathOf = (element) => {
    const parts = []
    for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
      const tag = node.tagName.toLowerCase()
      const siblings = node.parentElement ? [...node.parentElement.children].filter((child) => child.tagName === node.tagName) : []
      parts.unshift(siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(node) + 1})` : tag)
    }
    return parts.join(' > ')
  }
  for (const element of document.querySelectorAll(`${selector}, ${controls}`)) {
    if (!(element instanceof HTMLElement)) continue
    // A container's text is its blocks' text: only the innermost block holding text counts.
    if (!element.matches(controls) && element.querySelector(selector)) continue
    const text = element.innerText.replace(/\s+/g, ' ').trim()
    const rect = element.getBoundingClientRect()
    if (!text || rect.width === 0 || rect.height === 0 || rect.top > maxHeight) continue
    found.push({ selector: pathOf(element), text, box: { x: rect.left + scrollX, y: rect.top + scrollY, width: rect.width, height: rect.height } })
  }
  return found
}
