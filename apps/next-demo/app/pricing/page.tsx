import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Pricing · chatmount Next.js demo' }

export default async function Pricing({
  searchParams,
}: {
  searchParams: Promise<{ plan?: string }>
}) {
  const { plan } = await searchParams
  return (
    <section>
      <h2>Pricing</h2>
      <p>
        {plan ? `The ${plan} plan.` : 'Every plan.'} The chat follows you here without reloading.
      </p>
    </section>
  )
}
