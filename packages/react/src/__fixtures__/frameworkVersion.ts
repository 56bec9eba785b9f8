// The React this package's sources import, as its tests get it: tests/react-18 checks that its
// alias really hands them React 18 (a check from the fixture's own folder could not fail).
export { version } from 'react'
export { version as domVersion } from 'react-dom'
