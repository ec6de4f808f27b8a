/**
 * A fake of electron-store (which loads electron at runtime, so it can never be imported in tests here).
 * `vi.mock('electron-store', async () => ({ default: (await import('test/fakes/electronStore')).FakeElectronStore }))`.
 * Keeps each named store's data across instances (a restart), can refuse to open (a corrupt file), and,
 * like electron-store, can check writes against a validator.
 */
import type ElectronStore from 'electron-store';

type Data = Record<string, unknown>;
type Options = ConstructorParameters<typeof ElectronStore>[0];

export class FakeElectronStore implements Pick<ElectronStore<Data>, 'path'> {
  static readonly files = new Map<string, Data>();
  static readonly instances: FakeElectronStore[] = [];
  /** Names whose next open throws, like a file that is not JSON. */
  static readonly corrupt = new Set<string>();
  readonly name: string;
  readonly path: string;

  constructor(readonly options: Options = {}) {
    this.name = options.name ?? 'config';
    this.path = `/tmp/fake-electron/userData/${this.name}.json`;
    if (FakeElectronStore.corrupt.has(this.name)) {
      FakeElectronStore.corrupt.delete(this.name);
      throw new SyntaxError(`Unexpected end of JSON input in ${this.path}`);
    }
    FakeElectronStore.instances.push(this);
  }

  get store(): Data {
    return structuredClone(FakeElectronStore.files.get(this.name) ?? {});
  }

  set store(value: Data) {
    FakeElectronStore.files.set(this.name, structuredClone(value));
  }

  get(key: string): unknown {
    return this.store[key];
  }

  set(key: string, value: unknown): void {
    this.store = { ...this.store, [key]: value };
  }

  static reset(): void {
    FakeElectronStore.files.clear();
    FakeElectronStore.instances.length = 0;
    FakeElectronStore.corrupt.clear();
  }
}
