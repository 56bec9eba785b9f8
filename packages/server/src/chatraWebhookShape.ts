// What a Chatra webhook body must look like before an app's callback sees it, from the seed's
// payload examples and its "Full list of message properties". Each check answers the first thing
// wrong (as a path, for the 400), or undefined when the value fits.
import type { ChatraWebhookEvent } from './chatraTypes'

type Check = (value: unknown, path: string) => string | undefined

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value)
const kind =
  (type: 'string' | 'number' | 'boolean'): Check =>
  (value, path) =>
    typeof value == type && (type != 'number' || Number.isFinite(value))
      ? undefined
      : `${path} must be a ${type}`
const string = kind('string')
const number = kind('number')
const boolean = kind('boolean')
const anything: Check = () => undefined
const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? undefined : check(value, path)
const oneOf =
  (...values: string[]): Check =>
  (value, path) =>
    values.includes(value as string) ? undefined : `${path} must be ${values.join(' or ')}`

function object(fields: Record<string, Check>, rest: Check = anything): Check {
  return (value, path) => {
    if (!isObject(value)) return `${path} must be an object`
    for (const [field, check] of Object.entries(fields)) {
      const wrong = check(value[field], `${path}.${field}`)
      if (wrong) return wrong
    }
    for (const field of Object.keys(value)) {
      const wrong = field in fields ? undefined : rest(value[field], `${path}.${field}`)
      if (wrong) return wrong
    }
    return undefined
  }
}

const list =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return `${path} must be an array`
    for (const [index, each] of value.entries()) {
      const wrong = item(each, `${path}[${index}]`)
      if (wrong) return wrong
    }
    return undefined
  }

const record = object({})
const page = object({ link: string, title: string })
const file = object({
  fileName: string,
  size: number,
  isImage: boolean,
  url: string,
  imageInfo: optional(object({ width: number, height: number, previewUrl: string })),
})
const message = object({
  id: string,
  type: oneOf('agent', 'client'),
  text: string,
  createdAt: number,
  clientId: optional(string),
  agentId: optional(string),
  agentName: optional(string),
  isTrigger: optional(boolean),
  isPushed: optional(boolean),
  isMissed: optional(boolean),
  isMissedByClient: optional(boolean),
  receivedFrom: optional(string),
  file: optional(file),
})
const agent = object({
  id: string,
  name: optional(string),
  email: optional(string),
  userpic: optional(string),
})
const texts = [
  'chatId',
  'chatLink',
  'groupId',
  'color',
  'ip',
  'browserLanguage',
  'chatLanguage',
  'browser',
  'os',
  'userAgent',
  'country',
  'city',
  'displayedName',
]
const client = object({
  id: string,
  ...Object.fromEntries(texts.map((field) => [field, optional(string)])),
  latestVisit: optional(
    object({ startedAt: number, finishedAt: optional(number), viewedPages: list(page) }),
  ),
  basicInfo: optional(
    object({
      name: optional(string),
      email: optional(string),
      phone: optional(string),
      notes: optional(string),
    }),
  ),
  customFormData: optional(record),
  integrationData: optional(record),
  info: optional(record),
  marketingConsent: optional(boolean),
  termsOfServiceConsent: optional(boolean),
})

const events: Record<ChatraWebhookEvent['eventName'], Check> = {
  chatStarted: object({
    eventName: string,
    message,
    agent: optional(agent),
    client,
    hostName: optional(string),
    chatStartedPage: optional(page),
  }),
  chatFragment: object({
    eventName: string,
    messages: list(message),
    agents: optional(list(agent)),
    client,
  }),
  chatTranscript: object({
    eventName: string,
    messages: list(message),
    offlineMessagesCount: optional(number),
    agents: optional(list(agent)),
    client,
    hostName: optional(string),
    chatStartedPage: optional(page),
  }),
}

export const isChatraEventName = (name: string): name is ChatraWebhookEvent['eventName'] =>
  Object.hasOwn(events, name)

/** The first thing wrong with a body of a known event, or undefined when it is one. */
export const wrongInEvent = (name: ChatraWebhookEvent['eventName'], body: unknown) =>
  events[name](body, 'body')
