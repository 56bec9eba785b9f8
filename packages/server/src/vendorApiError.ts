/** Which vendor API answered. */
export type VendorApi = 'chatra' | 'rayzing' | 'raychat'

/** What went wrong with a vendor API call, in a form an app can switch on. */
export type VendorApiErrorCode =
  | 'http' // the vendor answered with an error status (see `status` and `vendorMessage`)
  | 'rate_limited' // 429, and waiting as told would exceed the retry bound
  | 'timeout' // no complete answer within the `timeout`
  | 'network' // the request never got an answer (DNS, refused, reset, offline)
  | 'invalid_response' // a success status whose body is not the JSON the vendor documents

/** Every error a vendor API call rejects with (bad arguments are a `TypeError` that names them). */
export class VendorApiError extends Error {
  override readonly name = 'VendorApiError'
  readonly vendor: VendorApi
  readonly code: VendorApiErrorCode
  /** The HTTP status, when the vendor answered. */
  readonly status: number | undefined
  /** The vendor's own explanation (its error body's `message`), when it gave one. */
  readonly vendorMessage: string | undefined
  /** Seconds the vendor asked to wait (`Retry-After`), for `rate_limited`. */
  readonly retryAfter: number | undefined

  constructor(
    vendor: VendorApi,
    code: VendorApiErrorCode,
    message: string,
    details: { status?: number; vendorMessage?: string; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(`[chatmount/server] ${vendor}: ${message}`, { cause: details.cause })
    this.vendor = vendor
    this.code = code
    this.status = details.status
    this.vendorMessage = details.vendorMessage
    this.retryAfter = details.retryAfter
  }
}

export function isVendorApiError(value: unknown): value is VendorApiError {
  return value instanceof VendorApiError
}
