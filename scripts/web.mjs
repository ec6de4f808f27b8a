// npm run web: the same app in your browser, on 127.0.0.1. See scripts/web-run.mjs for what it does;
// this file only makes sure it runs under Node >= 22 (better-sqlite3 13 crashes on Debian's Node 20).
import { rerunUnderNode22IfOld } from './lib/node22.mjs';

if (!rerunUnderNode22IfOld('scripts/web.mjs')) await import('./web-run.mjs');
