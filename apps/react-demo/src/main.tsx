import { isChatError } from '@chatmount/react'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { App } from './App'
import '@chatmount/e2e/demo.css'

createRoot(document.getElementById('root')!, {
  // An invalid setup is shown in the page by ConfigErrorBoundary; anything else is a real bug.
  onCaughtError(error, info) {
    if (isChatError(error) && error.code === 'config') return
    console.error(error, info.componentStack)
  },
}).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
)
