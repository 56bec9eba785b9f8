import type { LazyProvider } from '../builtins'
import { capabilitiesOf, initialStateOf } from '../capabilities'
import type { Front } from '../createClient'
import type { AnyProvider, VendorWindow } from '../defineProvider'
import type { ResolvedOptions } from '../options'
import { scheduleLoad } from '../strategies'
import { createSubscribable } from '../subscribable'

/** What a front hands the engine when nothing happened before it arrived: for the engine's own tests. */
export function engineFront(
  options:
    ResolvedOptions<AnyProvider> | (Omit<ResolvedOptions, 'provider'> & { provider: LazyProvider }),
  win: VendorWindow = window as VendorWindow,
): Front {
  const capabilities = capabilitiesOf(options.provider)
  return {
    events: createSubscribable(),
    state: initialStateOf(capabilities),
    capabilities,
    schedule: (start, load = options.load) => scheduleLoad(load, win, options.target, start),
  }
}
