// A fetch that records each request and answers as a test says: for vendors with no sandbox.
export function recordingFetch(answer: (request: Request) => Response | Promise<Response>): {
  fetch: typeof globalThis.fetch
  requests: Request[]
} {
  const requests: Request[] = []
  const fetch = async (input: ConstructorParameters<typeof Request>[0], init?: RequestInit) => {
    const request = new Request(input, init)
    requests.push(request.clone())
    return answer(request)
  }
  return { fetch: fetch as typeof globalThis.fetch, requests }
}
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
export const ok = { success: true, message: 'ok', code: 200 } // the seed's answer
