import {request} from 'node:http'

/** One server-sent event: its name (`message` when unnamed) and its data line. */
export interface ServerEvent {
  event: string
  data: string
}

/** The first whole event in `buffer` (blocks end with a blank line) and what follows it, or none and `buffer` as it is. */
function nextServerEvent(buffer: string): [ServerEvent | undefined, string] {
  const end = buffer.indexOf('\n\n')
  if (end === -1) return [undefined, buffer]
  const block = buffer.slice(0, end)
  return [{event: /^event: (.*)$/m.exec(block)?.[1] ?? 'message', data: /^data: (.*)$/m.exec(block)?.[1] ?? ''}, buffer.slice(end + 2)]
}

/** Collects server-sent events from the dev server until `until` holds or time runs out. */
export function events(url: string, until: (seen: ServerEvent[]) => boolean, ms = 20_000): Promise<ServerEvent[]> {
  return new Promise((resolve, reject) => {
    const seen: ServerEvent[] = []
    let buffer = ''
    const take = () => {
      const [event, rest] = nextServerEvent(buffer)
      buffer = rest
      return event
    }
    const req = request(url, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        for (let event = take(); event; event = take()) {
          seen.push(event)
          if (until(seen)) {
            req.destroy()
            resolve(seen)
          }
        }
      })
    })
    req.on('error', (error) => (seen.length > 0 && until(seen) ? resolve(seen) : reject(error)))
    req.end()
    setTimeout(() => {
      req.destroy()
      resolve(seen)
    }, ms)
  })
}

/** The data of the first server-sent event of the dev server at `port` for which `until` holds, within `ms`. */
export async function nextEvent(port: number, until: (event: string, data: string) => boolean, ms = 60_000): Promise<string> {
  const last = (seen: ServerEvent[]) => seen.at(-1)!
  const seen = await events(`http://127.0.0.1:${port}/__dev/events`, (sofar) => until(last(sofar).event, last(sofar).data), ms)
  const match = seen.find(({event, data}) => until(event, data))
  if (!match) throw new Error(`No matching server-sent event; saw ${JSON.stringify(seen)}`)
  return match.data
}

/** An open event stream of the dev server (see `subscribe`). */
export interface Subscription {
  /** The first event from now on for which `until` holds (rejects after `ms`). */
  next(until: (event: ServerEvent) => boolean, ms?: number): Promise<ServerEvent>
  close(): void
}

/**
 * Opens the dev server's event stream at `url`; resolves once the server's
 * first event (the status it sends on connecting) is in, so that an edit
 * made after it is sure to be followed by its events on this stream.
 */
export function subscribe(url: string): Promise<Subscription> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    let waiting: {until: (event: ServerEvent) => boolean; found: (event: ServerEvent) => void} | undefined
    let connected = false
    const req = request(url, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        for (let [event, rest] = nextServerEvent(buffer); event; [event, rest] = nextServerEvent(buffer)) {
          buffer = rest
          if (!connected) {
            connected = true
            resolve(subscription)
          } else if (waiting?.until(event)) {
            waiting.found(event)
            waiting = undefined
          }
        }
      })
    })
    const subscription: Subscription = {
      next: (until, ms = 20_000) =>
        new Promise((found, fail) => {
          const timer = setTimeout(() => fail(new Error('No matching server-sent event in time')), ms)
          waiting = {until, found: (event) => (clearTimeout(timer), found(event))}
        }),
      close: () => req.destroy()
    }
    req.on('error', (error) => (connected ? undefined : reject(error)))
    req.end()
  })
}
