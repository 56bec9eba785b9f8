// @chatmount/core/consent: consent from the consent platform a site already runs. Apps that do
// not import it pay nothing.
export { consentFromTcf } from './tcf'
export type { TcfApi, TcfData, TcfOptions } from './tcf'
export { consentFromGoogle } from './googleConsentMode'
export type { GoogleConsentOptions } from './googleConsentMode'
export type { ConsentTarget } from './consentTarget'
