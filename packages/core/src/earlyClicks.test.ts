import { createHash } from 'node:crypto'
import { afterEach, expect, it } from 'vitest'
import { earlyClicksScript, earlyClicksScriptHash } from './earlyClicks'
import { createLauncher, type LauncherChat } from './launcher'
import { initialState } from './initialState'

const early = () => (window as { __chatmountEarly?: { clicked: boolean } }).__chatmountEarly

afterEach(() => {
  delete (window as { __chatmountEarly?: unknown }).__chatmountEarly
  document.body.replaceChildren()
})

/** The server-rendered page: a launcher, and the script run before the app's JavaScript. */
function serverRenderedPage() {
  document.body.innerHTML = '<button type="button" data-chat-launcher>Chat with us</button>'
  // As the browser runs an inline <script> it parses.
  new Function(earlyClicksScript)()
  return document.querySelector('button')!
}

function chat(): LauncherChat & { opened: number } {
  const stub = {
    opened: 0,
    getState: () => initialState,
    subscribe: () => () => {},
    load: () => Promise.resolve(),
    open: () => void stub.opened++,
    retry: () => Promise.resolve(),
  }
  return stub
}

it('a click before the app came alive opens the chat once the first launcher does, once', () => {
  serverRenderedPage().click()
  document.body.click()
  expect(early()?.clicked).toBe(true)
  const first = chat()
  createLauncher(first).subscribe(() => {})
  expect(first.opened).toBe(1)
  // Noted no more: a launcher that comes later, and clicks after, are the launchers' own.
  const second = chat()
  document.querySelector('button')!.click()
  createLauncher(second).subscribe(() => {})
  expect(second.opened).toBe(0)
})

it('no click, nothing opened; clicks elsewhere are not noted', () => {
  serverRenderedPage()
  document.body.click()
  const first = chat()
  createLauncher(first).subscribe(() => {})
  expect(first.opened).toBe(0)
})

it('runs once however often the page includes it, and its CSP hash is its own', () => {
  serverRenderedPage()
  const noted = early()
  new Function(earlyClicksScript)()
  expect(early()).toBe(noted)
  const digest = createHash('sha256').update(earlyClicksScript).digest('base64')
  expect(earlyClicksScriptHash).toBe(`'sha256-${digest}'`)
})
