// Before any test file: every published package packed once, and each generator the fresh apps
// are made with fetched once, into one throwaway folder the test files share.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { generators, published, root, run, type Rehearsal } from './rehearsal'

declare module 'vitest' {
  export interface ProvidedContext {
    rehearsal: Rehearsal
  }
}

export default function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'chatmount-release-'))
  const rehearsal: Rehearsal = { work, packs: join(work, 'packs'), generators: join(work, 'gen') }
  mkdirSync(rehearsal.packs)
  for (const name of published)
    run('pnpm', ['pack', '--pack-destination', rehearsal.packs], join(root, 'packages', name))
  // One folder per generator version, so that two majors of one generator never share a folder.
  for (const spec of Object.values(generators))
    run('npm', ['install', '--prefix', join(rehearsal.generators, spec), spec], work)
  project.provide('rehearsal', rehearsal)
  return () => rmSync(work, { recursive: true, force: true })
}
