import { Route, Router } from '@solidjs/router'
import { render } from 'solid-js/web'
import '@chatmount/e2e/demo.css'
import { App } from './App'

const page = (name: string, text: string) => () => (
  <>
    <h2>{name}</h2>
    <p>{text}</p>
  </>
)

render(
  () => (
    <Router root={App}>
      <Route
        path="/"
        component={page('Home', 'The chat lives in the root: it stays as you follow the links.')}
      />
      <Route
        path="/pricing"
        component={page('Pricing', 'Each navigation is one page view for the vendor.')}
      />
      <Route
        path="/checkout"
        component={page(
          'Checkout',
          "The widget hides here (hideOn: ['/checkout']), and comes back when you leave.",
        )}
      />
      <Route
        path="/support"
        component={page(
          'Support',
          "The support team's own widget: another vendor on the same site.",
        )}
      />
    </Router>
  ),
  document.getElementById('root')!,
)
