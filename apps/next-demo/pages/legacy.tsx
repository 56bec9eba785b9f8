import Head from 'next/head'
import Link from 'next/link'
import { useRouter } from 'next/router'
import { ChatPanel } from '../components/ChatPanel'

/** Rendered per request, so the router knows the query (and _app the chat settings) on the server too. */
export const getServerSideProps = async () => ({ props: {} })

export default function Legacy() {
  const { query } = useRouter()
  return (
    <>
      <Head>
        <title>Pages Router · chatmount Next.js demo</title>
        <link rel="icon" href="data:," />
      </Head>
      <header>
        <h1>chatmount</h1>
        <p className="mode">Next.js Pages Router</p>
        <nav aria-label="Demo pages">
          <Link href="/legacy">Overview</Link> · <Link href="/legacy?tab=details">Details</Link> ·{' '}
          <a href="/">Back to the App Router</a>
        </nav>
      </header>
      <main>
        <section>
          <h2>Pages Router: {query.tab == 'details' ? 'details' : 'overview'}</h2>
          <p>
            The widget sits in <code>pages/_app.tsx</code>; page views follow the router&apos;s{' '}
            <code>routeChangeComplete</code> events.
          </p>
          <ChatPanel />
        </section>
      </main>
    </>
  )
}
