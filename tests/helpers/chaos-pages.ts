import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

// Pages that real sites serve and that must not break a walk: subresources that never answer, a
// page whose server never answers, error statuses, redirect loops, very tall documents, new tabs, downloads, dialogs, covered
// buttons and documents in another charset. Served on 127.0.0.1 only.

const page = (title: string, body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`

const tallDocument = (): string => {
  // 20,000 elements, about 10 MB: rows of text padded with long attributes.
  const pad = 'x'.repeat(480)
  const rows = Array.from({ length: 20_000 }, (_, i) => `<p data-pad="${pad}">Row ${i} of the price list</p>`)
  return page('Price list', `<h1>All prices</h1>${rows.join('')}<a href="/ok">Done</a>`)
}

const ROUTES: Record<string, (res: ServerResponse) => void> = {
  '/ok': (res) => html(res, 200, page('Fine', '<h1>All is well</h1><p>Nothing to see.</p>')),
  '/hung-pixel': (res) => html(res, 200, page('Offer', '<h1>Our offer</h1><img src="/never" alt=""><button onclick="document.body.append(Object.assign(document.createElement(\'p\'), {textContent: \'Plan chosen\'}))">Choose plan</button><script src="/never.js"></script>')),
  '/never': () => undefined,
  '/never.js': () => undefined,
  '/no-answer': () => undefined,
  '/links': (res) =>
    html(
      res,
      200,
      page(
        'Account',
        '<h1>Account</h1><a href="/missing">Cancel membership</a> <a href="/server-error">Billing</a> <a href="/loop">Support</a> <a href="/denied">Invoices</a>' +
          ' <a href="/cancel-tab" target="_blank">Cancel in a new tab</a> <button onclick="window.open(\'/cancel-tab\', \'cancel\', \'popup\')">Cancel in a popup</button>' +
          ' <a href="/cancellation-form.pdf">Download the cancellation form</a> <a href="/no-answer">Write to us</a>',
      ),
    ),
  '/missing': (res) => html(res, 404, page('Not found', '<h1>Page not found</h1>')),
  '/server-error': (res) => html(res, 500, page('Error', '<h1>Something went wrong</h1>')),
  '/denied': (res) => html(res, 403, page('Forbidden', '<h1>Access denied</h1>')),
  '/login-required': (res) => html(res, 401, page('Log in', '<h1>Please log in</h1>')),
  '/loop': (res) => {
    res.writeHead(302, { location: '/loop' })
    res.end()
  },
  '/tall': (res) => html(res, 200, tallDocument()),
  '/cancel-tab': (res) => html(res, 200, page('Cancel', '<h1>Cancel your membership</h1><button onclick="this.textContent=\'Cancelled\'">Confirm cancellation</button>')),
  '/cancellation-form.pdf': (res) => {
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="cancellation-form.pdf"' })
    res.end('%PDF-1.4\n% a form to print, sign and post\n')
  },
  '/nag': (res) =>
    html(
      res,
      200,
      page(
        'Cancel',
        '<h1>Cancel</h1><p id="state">Member</p><button onclick="alert(\'We are sad to see you go\'); if (confirm(\'Are you sure? You will lose all your benefits.\')) document.getElementById(\'state\').textContent = \'Cancelled\'; else document.getElementById(\'state\').textContent = \'Kept\'">Cancel membership</button>',
      ),
    ),
  '/nag-again': (res) =>
    html(
      res,
      200,
      page(
        'Cancel',
        '<h1>Cancel</h1><p id="state">Member</p><button onclick="if (confirm(\'Are you sure? You will lose all your benefits.\')) document.getElementById(\'state\').textContent = \'Cancelled\'">Cancel membership</button>',
      ),
    ),
  '/leave': (res) =>
    html(res, 200, page('Survey', '<h1>Before you go</h1><input aria-label="Reason"><script>addEventListener("beforeunload", (e) => { e.preventDefault(); e.returnValue = "" })</script>')),
  '/covered': (res) =>
    html(
      res,
      200,
      page(
        'Checkout',
        '<h1>Checkout</h1><p id="state">Not ordered</p><button id="order" style="margin-top:40px" onclick="document.getElementById(\'state\').textContent=\'Ordered\'">Place order</button>' +
          // A summary box that slides over the button as soon as the pointer comes near it.
          '<div id="summary" style="position:fixed;inset:0;display:none;background:rgba(255,255,255,0.01)">Order summary</div>' +
          '<script>document.getElementById("order").addEventListener("mouseover", () => { document.getElementById("summary").style.display = "block" })</script>',
      ),
    ),
  '/sticky': (res) =>
    html(
      res,
      200,
      page(
        'Checkout',
        '<div style="position:sticky;top:0;height:120px;background:#eee">Order summary: $9.99</div><div style="height:1500px"></div><p id="state">Not ordered</p><button onclick="document.getElementById(\'state\').textContent=\'Ordered\'">Place order</button><div style="height:1500px"></div>',
      ),
    ),
  '/latin1': (res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
    res.end(Buffer.from('<!doctype html><html lang="de"><head><meta charset="windows-1252"><title>K\xfcndigung</title></head><body><h1>Vertr\xe4ge hier k\xfcndigen</h1><p>Geb\xfchr: 5 \x80</p></body></html>', 'latin1'))
  },
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  res.end(body)
}

export interface ChaosSite {
  baseUrl: string
  close(): Promise<void>
}

export async function serveChaosPages(): Promise<ChaosSite> {
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    const route = ROUTES[new URL(req.url ?? '/', 'http://x').pathname]
    if (route) route(res)
    else html(res, 404, page('Not found', '<h1>Not found</h1>'))
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    // Requests that were never answered hold their sockets open: they are ended here.
    close: () => {
      for (const socket of sockets) socket.destroy()
      return new Promise<void>((r) => server.close(() => r()))
    },
  }
}
