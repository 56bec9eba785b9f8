import { nonEmpty } from './arguments'
import { VendorApiError } from './vendorApiError'
import { vendorRequest, type ApiOptions, type CallOptions } from './vendorRequest'

// Raychat's "Create a website" API, for site builders that open a Raychat account per site.

export interface RaychatSiteInput {
  /** "The key you received when creating the application". */
  apiKey: string
  /** "The address of the site you want to register in Raychat". */
  site: string
  siteTitle?: string
  /** The site administrator's. */
  email: string
  password: string
  name?: string
  phone?: string
}

/** The seed's "Return values". */
export interface RaychatSite {
  message: string
  /** "Status equal to 1 means successful registration." */
  status: number
  /** "Raychat code to put on the website". */
  code: string
  /** "Created user information" (its fields are not documented). */
  user: Record<string, unknown>
  /** The website token: `provider: 'raychat', token` in the page. */
  token: string
  /** The Raychat management panel. */
  url: string
  webAppUrl: string
}

export interface RaychatSiteOptions extends ApiOptions, CallOptions {
  /**
   * The seed shows two addresses: its route table `https://api.raychat.io/v1/api/site` ('api', the
   * default) and its Node example `https://webapp.raychat.io/api/site` ('webapp'). `baseUrl` wins over both.
   */
  address?: 'api' | 'webapp'
}

const ADDRESSES = {
  api: 'https://api.raychat.io/v1/api/',
  webapp: 'https://webapp.raychat.io/api/',
}

/**
 * Registers a site with Raychat (`POST …/site`), sent as an HTML form the way the seed's only
 * example sends it. Rejects with a `VendorApiError` when Raychat answers a `status` other than 1.
 */
export async function createRaychatSite(
  input: RaychatSiteInput,
  options: RaychatSiteOptions = {},
): Promise<RaychatSite> {
  const { address = 'api', signal } = options
  if (address != 'api' && address != 'webapp')
    throw new TypeError(`address must be 'api' or 'webapp'.`)
  if (!input || typeof input != 'object')
    throw new TypeError('input must be an object with apiKey, site, email and password.')
  const form: Record<string, string> = {}
  for (const field of ['apiKey', 'site', 'email', 'password'] as const)
    form[field] = nonEmpty(field, input[field])
  for (const field of ['siteTitle', 'name', 'phone'] as const)
    if (input[field] !== undefined) form[field] = nonEmpty(field, input[field])
  if (!/^https?:\/\/[^\s/]+/.test(form.site!))
    throw new TypeError('site must be the http(s) address of the site.')

  const send = vendorRequest('raychat', ADDRESSES[address], {}, options)
  const answer = await send<Partial<RaychatSite> | null>({
    method: 'POST',
    path: 'site',
    body: form,
    encoding: 'form',
    signal,
  })
  if (answer?.status !== 1)
    throw new VendorApiError(
      'raychat',
      'http',
      `POST /site did not register the site: ${answer?.message ?? 'no explanation'}`,
      { vendorMessage: answer?.message },
    )
  return answer as RaychatSite
}
