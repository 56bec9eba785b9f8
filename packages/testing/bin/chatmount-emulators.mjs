#!/usr/bin/env node
// Copy the emulated vendors' browser scripts into a folder an app serves, e.g.
//   chatmount-emulators public/emulators
// so `scriptUrl: '/emulators/<provider>.js'` runs a chat offline with no vendor account.
import { cpSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const [target] = process.argv.slice(2)
if (!target) {
  console.error('usage: chatmount-emulators <folder the app serves, e.g. public/emulators>')
  process.exit(1)
}
const source = fileURLToPath(new URL('../dist/browser/', import.meta.url))
mkdirSync(resolve(target), { recursive: true })
cpSync(source, resolve(target), { recursive: true })
