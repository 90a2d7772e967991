#!/usr/bin/env node
// Lets `npx cancelcheck` run the TypeScript sources directly: there is no build step.
import { register } from 'tsx/esm/api'

register()
await import('./main.ts')
