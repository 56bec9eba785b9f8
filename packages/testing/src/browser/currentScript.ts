/** The <script> element running this file (null in modules or event handlers). */
export function currentScript(): HTMLScriptElement | null {
  const script = document.currentScript
  return script instanceof HTMLScriptElement ? script : null
}
