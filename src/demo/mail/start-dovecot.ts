import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, chown, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { connect as netConnect, createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'

/** Where Debian's `dovecot-imapd` puts the server. */
export const DOVECOT_BINARY = '/usr/sbin/dovecot'

export class DovecotMissingError extends Error {
  constructor() {
    super(`no IMAP server: ${DOVECOT_BINARY} is missing (install it with: sudo apt-get install -y dovecot-imapd)`)
  }
}

/** A private IMAP server on 127.0.0.1 with one account that receives every message delivered to it,
 * whatever its address: the staging inbox of the demo sites. */
export interface LocalImap {
  host: '127.0.0.1'
  port: number
  user: string
  password: string
  /** Files a message into the account's inbox, as a local delivery agent would. */
  deliver(source: Buffer): Promise<void>
  stop(): Promise<void>
}

/** Starts dovecot with a configuration of its own in a temporary folder (no TLS, plain logins, a
 * passwd file, a Maildir), as the current user or, under root, with the mail owned by Debian's
 * `mail` user (dovecot gives no process of a mailbox the rights of root). */
export async function startDovecot(options: { password?: string } = {}): Promise<LocalImap> {
  if (!existsSync(DOVECOT_BINARY)) throw new DovecotMissingError()
  const me = userInfo()
  const asRoot = me.uid === 0
  const owner = asRoot ? await systemUser('mail') : { uid: me.uid, gid: me.gid }
  const root = await mkdtemp(join(tmpdir(), 'cancelcheck-imap-'))
  // Under root dovecot's own processes run as its system users and must read this folder.
  await chmod(root, 0o755)
  const user = 'auditor'
  const password = options.password ?? randomBytes(12).toString('hex')
  const maildir = join(root, 'mail')
  for (const folder of ['', 'new', 'cur', 'tmp']) {
    await mkdir(join(maildir, folder), { recursive: true })
    await chown(join(maildir, folder), owner.uid, owner.gid)
  }
  const port = await freePort()
  await writeFile(join(root, 'users'), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 })
  const config = join(root, 'dovecot.conf')
  await writeFile(
    config,
    [
      `base_dir = ${join(root, 'run')}`,
      `state_dir = ${join(root, 'state')}`,
      `log_path = ${join(root, 'dovecot.log')}`,
      `info_log_path = ${join(root, 'dovecot.log')}`,
      `default_internal_user = ${asRoot ? 'dovecot' : me.username}`,
      `default_internal_group = ${asRoot ? 'dovecot' : me.username}`,
      `default_login_user = ${asRoot ? 'dovenull' : me.username}`,
      'protocols = imap',
      'listen = 127.0.0.1',
      'ssl = no',
      'disable_plaintext_auth = no',
      'auth_mechanisms = plain login',
      `first_valid_uid = ${owner.uid}`,
      `last_valid_uid = ${owner.uid}`,
      `mail_location = maildir:${maildir}`,
      `passdb {\n  driver = passwd-file\n  args = ${join(root, 'users')}\n}`,
      `userdb {\n  driver = static\n  args = uid=${owner.uid} gid=${owner.gid} home=${maildir}\n}`,
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      `service anvil {\n  chroot =\n}`,
      `service imap-login {\n  chroot =\n}`,
      '',
    ].join('\n'),
  )
  const child = spawn(DOVECOT_BINARY, ['-F', '-c', config], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  try {
    await waitForPort(port, child, () => stderr, join(root, 'dovecot.log'))
  } catch (error) {
    await stopChild(child)
    await rm(root, { recursive: true, force: true })
    throw error
  }
  let delivered = 0
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async deliver(source: Buffer): Promise<void> {
      // Maildir's own protocol: write under tmp/, then rename into new/, so a reader never sees half a message.
      const name = `${Date.now()}.${process.pid}_${++delivered}.${randomBytes(4).toString('hex')}`
      await writeFile(join(maildir, 'tmp', name), source)
      await chown(join(maildir, 'tmp', name), owner.uid, owner.gid)
      await rename(join(maildir, 'tmp', name), join(maildir, 'new', name))
    },
    async stop(): Promise<void> {
      await stopChild(child)
      await rm(root, { recursive: true, force: true })
    },
  }
}

async function systemUser(name: string): Promise<{ uid: number; gid: number }> {
  const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((entry) => entry.startsWith(`${name}:`))
  const [, , uid, gid] = line?.split(':') ?? []
  if (uid === undefined || gid === undefined) throw new Error(`no system user "${name}" to own the demo mailbox`)
  return { uid: Number(uid), gid: Number(gid) }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

async function waitForPort(port: number, child: ChildProcess, stderr: () => string, logFile: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port)
      socket.once('data', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const log = await readFile(logFile, 'utf8').catch(() => '')
  throw new Error(`dovecot did not start: ${(stderr() + log).trim().split('\n').slice(-3).join(' | ') || 'no output'}`)
}

function createConnection(port: number) {
  return netConnect({ host: '127.0.0.1', port })
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))])
  if (child.exitCode === null) child.kill('SIGKILL')
}
