/**
 * A raw HTTP client for the browser host's tests: it sends whatever Host, Origin, verb, path and
 * body a hostile or ordinary client might, and answers the status, headers and body as text.
 */
import { request } from 'node:http'

export interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
}

/** One request to the host on `port` at 127.0.0.1; the Host header is the host's own unless given. */
export function sendRequest(port: number, path: string, options: RequestOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers }
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    // The host may answer a refused upload before reading it all and close the connection.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)
    )
    req.end(options.body)
  })
}

/** A contract method called as the bridge calls it: POST /api/<name> with a JSON body. */
export function postJson(
  port: number,
  name: string,
  body: string | Buffer,
  headers: Record<string, string> = {}
): Promise<Reply> {
  return sendRequest(port, `/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body
  })
}
