#!/usr/bin/env node
// The CLI runs from its TypeScript sources through tsx, so `npx newsdesk` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
