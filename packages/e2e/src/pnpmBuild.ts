import { spawn } from 'node:child_process'

/** `pnpm run build` in a demo app, for tests run outside turbo (which builds first). */
export function pnpmBuild(appDir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn('pnpm', ['run', 'build'], { cwd: appDir, stdio: 'inherit' })
    child.on('error', fail)
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`pnpm run build in ${appDir} exited with ${code}`)),
    )
  })
}
