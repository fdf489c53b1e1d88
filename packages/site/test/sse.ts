import {request} from 'node:http'

/** One server-sent event: its name (`message` when unnamed) and its data line. */
export interface ServerEvent {
  event: string
  data: string
}

/** Collects server-sent events from the dev server until `until` holds or time runs out. */
export function events(url: string, until: (seen: ServerEvent[]) => boolean, ms = 20_000): Promise<ServerEvent[]> {
  return new Promise((resolve, reject) => {
    const seen: ServerEvent[] = []
    let buffer = ''
    const req = request(url, (res) => {
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        let end: number
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message'
          const data = /^data: (.*)$/m.exec(block)?.[1] ?? ''
          seen.push({event, data})
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
