import { describe, expect, it } from 'vitest';
import { ValueStore } from '../../../renderer/src/app/value-store';

describe('ValueStore', () => {
  it('tells its subscribers about a new value and stops after unsubscribe', () => {
    const store = new ValueStore(1);
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.get()));
    store.set(2);
    store.set(3);
    unsubscribe();
    store.set(4);
    expect(seen).toEqual([2, 3]);
    expect(store.get()).toBe(4);
  });

  it('does not call subscribers for a value its equality calls the same', () => {
    const store = new ValueStore({ words: 1 }, (a, b) => a.words === b.words);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    const first = store.get();
    store.set({ words: 1 });
    expect(calls).toBe(0);
    expect(store.get()).toBe(first);
    store.set({ words: 2 });
    expect(calls).toBe(1);
    expect(store.get()).toEqual({ words: 2 });
  });

  it('keeps get and subscribe bound, so they can be passed around', () => {
    const store = new ValueStore('a');
    const { get, subscribe } = store;
    let calls = 0;
    subscribe(() => (calls += 1));
    store.set('b');
    expect(get()).toBe('b');
    expect(calls).toBe(1);
  });
});
