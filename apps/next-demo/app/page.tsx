export default function Home() {
  return (
    <section>
      <h2>Home</h2>
      <p>
        The chat is one <code>&lt;ChatWidget&gt;</code> in <code>app/layout.tsx</code>. Move between
        pages: the vendor script loads once, each navigation is one page view, and on the checkout
        page the widget steps aside.
      </p>
    </section>
  )
}
