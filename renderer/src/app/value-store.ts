/**
 * A value that changes often, as a tiny external store: the open article's
 * save state, the body's counts. Only the element that shows it subscribes,
 * and it writes the DOM itself (useLiveText.ts), so a change re-renders
 * nothing: not the workspace, the article view or the library list (those
 * re-renders were ≈ 5 ms of every autosave at 10,000 words), and not even the
 * element (each React commit walks the focused article body: see useLiveText).
 */
export class ValueStore<T> {
  private readonly listeners = new Set<() => void>();

  /** `same` decides when a new value is no change (no listener runs); identity by default. */
  constructor(
    private value: T,
    private readonly same: (a: T, b: T) => boolean = Object.is,
  ) {}

  /** Stable identity, so it can be an effect's dependency. */
  readonly get = (): T => this.value;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: T): void {
    if (this.same(value, this.value)) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}
