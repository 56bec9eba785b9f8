import { demoHideOn, demoRoutes } from '@chatmount/e2e/demo'
import { ChatRoutes } from '@chatmount/react'
import { Link, Route, Routes, useLocation } from 'react-router'

/** React Router tells <ChatRoutes> where the app is: page views per navigation, no widget at checkout. */
export function DemoRoutes() {
  const { pathname, search } = useLocation()
  return (
    <section className="routes">
      <ChatRoutes pathname={pathname} search={search} hideOn={demoHideOn} />
      <nav aria-label="Demo routes">
        {demoRoutes.map(({ path, name }) => (
          <Link key={path} to={path}>
            {name}
          </Link>
        ))}
      </nav>
      <Routes>
        {demoRoutes.map(({ path, name }) => (
          <Route key={path} path={path} element={<h2>{name}</h2>} />
        ))}
        <Route path="*" element={<h2>Not found</h2>} />
      </Routes>
    </section>
  )
}
