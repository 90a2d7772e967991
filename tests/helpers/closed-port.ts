import { createServer } from 'node:net'

/** A port on 127.0.0.1 that nothing listens on: taken from the OS, then released. (Well-known
 * ports such as 9 will not do: Chromium refuses them as unsafe before trying to connect.) */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as { port: number }
  await new Promise((r) => server.close(r))
  return port
}
