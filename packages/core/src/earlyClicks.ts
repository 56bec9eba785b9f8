/**
 * A script for the server-rendered page, run before the app's JavaScript arrives: it notes a click
 * on any `[data-chat-launcher]` (a launcher on the page before the app has hydrated does nothing
 * yet), and the first launcher that comes alive takes the note and opens the chat. Only
 * `addEventListener`, no inline event handler: put it in an inline `<script>` with the page's CSP
 * nonce, or allow `earlyClicksScriptHash`. `@chatmount/next` and `@chatmount/nuxt` add it for you.
 */
export const earlyClicksScript =
  '(function(w,d){if(w.__chatmountEarly)return;' +
  'function note(e){var t=e.target;if(t&&t.closest&&t.closest("[data-chat-launcher]"))early.clicked=true}' +
  'var early=w.__chatmountEarly={clicked:false,stop:function(){d.removeEventListener("click",note,true)}};' +
  'd.addEventListener("click",note,true)})(window,document)'

/** The CSP source that allows `earlyClicksScript` inline without a nonce (checked by a test). */
export const earlyClicksScriptHash = "'sha256-qWuoIUNHvGHX/4Jy8eQCpBmvl7/4tGhrXtraB8fFE3Q='"
