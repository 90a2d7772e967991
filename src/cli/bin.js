#!/usr/bin/env node
// Lets `npx cancelcheck` run the TypeScript sources directly: there is no build step.
import { register as registerCommonJs } from 'tsx/cjs/api'
import { register } from 'tsx/esm/api'

// A TypeScript scenario or config in a project without "type": "module" is a CommonJS module. With
// only the ES module hooks, Node hands it to its own CommonJS loader, which cannot read TypeScript,
// meets `import`, and tries to load it as an ES module while it is already being imported:
// "Cannot require() ES Module … in a cycle". The CommonJS hooks compile it as tsx's CLI does.
registerCommonJs()
register()
await import('./main.ts')
