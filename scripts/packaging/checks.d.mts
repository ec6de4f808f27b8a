// Types of checks.mjs, for test/packaging (the script itself runs as plain JavaScript under Node).
export declare const ALLOWED_ROOTS: string[];
export declare const DEV_ONLY: string[];
export declare const SANDBOXED_PRELOAD_MODULES: string[];

export type Unwanted = { reason: string; paths: string[] };
export type DevModule = { name: string; reason: string };
export type MissingRequire = { from: string; spec: string; reason?: string };
export type RequireGraph = { visited: string[]; missingFiles: MissingRequire[]; missingModules: MissingRequire[]; packages: string[] };
export type Row = { check: string; ok: boolean; detail: string };

export declare function packagesOnPath(path: string): string[];
export declare function modulesIn(paths: string[]): string[];
export declare function unwantedReason(path: string): string | null;
export declare function findUnwantedFiles(paths: string[]): Unwanted[];
export type ResolvedPackage = { dir: string; dependencies: string[] };
export declare function productionClosure(
  rootDependencies: string[],
  resolve: (name: string, fromDir: string) => ResolvedPackage | null,
): Set<string>;
export declare function parentPackageDir(from: string): string | null;
export declare function findDevModules(
  shipped: string[],
  options: { production: Set<string>; devDependencies: string[]; devOnly?: string[] },
): DevModule[];
export declare function findUnusedDependencies(dependencies: string[], required: string[]): string[];
export declare function findMissingDependencies(dependencies: string[], shipped: string[]): string[];
export declare function requiresOf(source: string): string[];
export declare function packageOf(spec: string): string;
export declare function checkRequireGraph(options: {
  entry: string;
  read: (path: string) => string | null;
  exists: (path: string) => boolean;
  shipped: string[];
  builtins: string[];
  sandboxed?: boolean;
}): RequireGraph;
export declare function htmlAssets(html: string): string[];
export declare function rendererChunks(
  entries: readonly string[],
  read: (path: string) => string | null,
): { chunks: string[]; missing: string[] };
export declare function formatBytes(bytes: number): string;
export declare function suggestBudget(measuredBytes: number): number;
export declare function checkBudget(measuredBytes: number, budgetBytes: number): { ok: boolean; detail: string };
export declare function platformFileListProblems(config: Record<string, unknown> & { files?: string[] }): string[];
export type Fuse = { key: string; label: string; index: number };
/** As @electron/fuses' getCurrentFuseWire returns it: the schema version, then one byte per fuse position. */
export type FuseWire = { version: string; [index: number]: number };
export declare const FUSES: Fuse[];
export declare const FUSE_SENTINEL: string;
export declare const ELECTRON_45_FUSES: string;
export declare function fuseWireBytes(states?: string): Buffer;
export declare function checkFuses(wire: FuseWire, wanted: Record<string, unknown> | null | undefined): { ok: boolean; detail: string };
export declare function formatTable(rows: Row[]): string;
export declare function summarize(items: string[], max?: number): string;
