/** The parts of a page that differ between sites and pages; the document around them is the same. */
export interface DocumentParts {
  /** The page's language as a BCP 47 tag; English unless a site says otherwise. */
  lang?: string
  title: string
  description: string
  /** File name under `/assets/` of the site's stylesheet and of the script every page loads. */
  stylesheet: string
  siteScript: string
  /** The `<body>` attribute the site's script reads to know which page it is on, e.g. `data-page="home"`. */
  bodyAttribute: string
  header: string
  main: string
  footer: string
  /** The cookie banner, after the footer so that it overlays the page. */
  banner: string
  /** Further scripts, loaded after the site's script so that they can use what it defines. */
  scripts: string[]
}

/** A complete page. The parts are template literals whose optional slots may be empty, so the page is
 * tidied afterwards: no trailing spaces, no runs of blank lines. */
export function htmlDocument(parts: DocumentParts): string {
  return tidy(`<!doctype html>
<html lang="${parts.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title}</title>
<meta name="description" content="${parts.description}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/${parts.stylesheet}">
</head>
<body ${parts.bodyAttribute}>
${parts.header}
${parts.main}
${parts.footer}
${parts.banner}
<script src="/assets/${parts.siteScript}"></script>
${parts.scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</body>
</html>
`)
}

function tidy(html: string): string {
  return (
    html
      .split('\n')
      .map((line) => line.replace(/\s+$/, ''))
      .filter((line, i, all) => !(line === '' && (all[i - 1] ?? '') === ''))
      .join('\n')
      .trim() + '\n'
  )
}
