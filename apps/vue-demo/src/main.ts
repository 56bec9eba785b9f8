import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import '@chatmount/e2e/demo.css'

// An invalid setup is shown in the page by ConfigErrorBoundary; anything else reaches Vue's own
// error logging, as a real bug should.
createApp(App).use(router).mount('#app')
