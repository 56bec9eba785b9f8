// The emulated Chatra REST API, so the demo's back office works offline.
import { backOffice } from '../../../../../server/chatraBackOffice'

export const dynamic = 'force-dynamic'

const handle = (request: Request) => backOffice.emulator.handle(request)
export { handle as GET, handle as POST, handle as PUT, handle as DELETE }
