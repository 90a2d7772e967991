// For Next.js sites that use next/font/google: `next build` downloads the fonts' CSS and files
// from Google, which the corpus machine cannot reach. Next reads canned answers from the module
// named by NEXT_FONT_GOOGLE_MOCKED_RESPONSES (a hook meant for its own tests); this one answers
// every font URL with a single @font-face whose file is a placeholder (Next then "downloads" it
// as the bytes of its own URL), so the page falls back to a local font. Written for this corpus.
const css = (url) => {
  const family = decodeURIComponent(/family=([^:&]+)/.exec(url)?.[1] ?? 'Stub').replace(/\+/g, ' ')
  const slug = family.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return `/* latin */
@font-face {
  font-family: '${family}';
  font-style: normal;
  font-weight: 100 900;
  font-display: swap;
  src: url(https://fonts.gstatic.com/s/${slug}/offline-stub.woff2) format('woff2');
  unicode-range: U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD;
}
`
}
module.exports = new Proxy({}, { get: (_, url) => (typeof url === 'string' ? css(url) : undefined) })
