// electron-vite's `?asset` import (a file copied into out/main, imported as its absolute path at run time);
// the same declaration as electron-vite/node.d.ts, kept here so tsconfig.node.json needs no extra types.
declare module '*?asset' {
  const path: string;
  export default path;
}
