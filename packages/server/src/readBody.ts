/** A request's body as text, read no further than `limit` bytes (a declared length beyond it is refused unread). */
export async function readBody(
  request: Request,
  limit: number,
): Promise<{ text: string; tooLarge: boolean }> {
  const declared = Number(request.headers.get('content-length'))
  if (declared > limit) return { text: '', tooLarge: true }
  const reader = request.body?.getReader()
  if (!reader) return { text: '', tooLarge: false }
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return { text: '', tooLarge: true }
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { text: new TextDecoder().decode(bytes), tooLarge: false }
}
