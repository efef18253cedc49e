// @vitest-environment jsdom
/**
 * The queue that makes a long article's block views and fields after its first
 * paint (renderer/src/editor/reveal-queue.ts): near the viewport, a few per
 * idle period in queue order, never once cancelled, and at once — rendered by
 * the time `showWithin` returns, a view and then the fields it queues in turn.
 * jsdom has neither IntersectionObserver nor requestIdleCallback: both are
 * stand-ins the test drives. The e2e test deferred-block-views.spec.ts runs the
 * real ones in Chromium.
 */
import { createElement, useCallback, useState, type ReactNode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Queue = typeof import('../../../renderer/src/editor/reveal-queue');
type Fields = typeof import('../../../renderer/src/editor/deferred-block-fields');

let observed: Set<Element>;
let intersect: (element: Element) => void;
let idle: (() => void)[];
let queue: Queue;
let fields: Fields;

beforeEach(async () => {
  observed = new Set();
  idle = [];
  class FakeIntersectionObserver {
    constructor(callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
      intersect = (element) => {
        if (observed.has(element)) callback([{ target: element, isIntersecting: true }]);
      };
    }
    observe(element: Element) {
      observed.add(element);
    }
    unobserve(element: Element) {
      observed.delete(element);
    }
  }
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  actEnvironment(true);
  // The queue is module state: a fresh one per test.
  vi.resetModules();
  queue = await import('../../../renderer/src/editor/reveal-queue');
  fields = await import('../../../renderer/src/editor/deferred-block-fields');
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

function actEnvironment(on: boolean): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
}

function runIdlePeriod(): void {
  const callbacks = idle.splice(0);
  for (const callback of callbacks) callback();
}

function elements(count: number): HTMLElement[] {
  return Array.from({ length: count }, () =>
    document.body.appendChild(document.createElement('div')),
  );
}

describe('showWhenNear', () => {
  it('shows an element that comes near the viewport, once, as "near"', () => {
    const [element] = elements(1);
    const shown: string[] = [];
    queue.showWhenNear(element!, (why) => shown.push(why));
    intersect(element!);
    intersect(element!);
    expect(shown).toEqual(['near']);
    expect(observed.has(element!)).toBe(false);
  });

  it('shows four per idle period, in the order they were queued, until none waits', () => {
    const shown: number[] = [];
    elements(6).forEach((element, index) => queue.showWhenNear(element, () => shown.push(index)));
    runIdlePeriod();
    expect(shown).toEqual([0, 1, 2, 3]);
    runIdlePeriod();
    expect(shown).toEqual([0, 1, 2, 3, 4, 5]);
    expect(idle).toHaveLength(0);
  });

  it('never shows an element whose wait was cancelled', () => {
    const [kept, cancelled] = elements(2);
    const shown: HTMLElement[] = [];
    queue.showWhenNear(kept!, () => shown.push(kept!));
    const cancel = queue.showWhenNear(cancelled!, () => shown.push(cancelled!));
    cancel();
    intersect(cancelled!);
    runIdlePeriod();
    expect(shown).toEqual([kept]);
  });
});

describe('showWithin', () => {
  /** Like a block view under DeferredRichTextPlugin: made when its container is shown. */
  function LazyView({ container, children }: { container: HTMLElement; children?: ReactNode }) {
    const [made, setMade] = useState(false);
    const watch = useCallback(
      (element: HTMLElement | null) =>
        element ? queue.showWhenNear(container, () => setMade(true)) : undefined,
      [],
    );
    return createElement('div', { ref: made ? undefined : watch }, made ? children : null);
  }
  /** Like a figure's view: its fields wait in the queue in turn. */
  function ViewWithFields() {
    const [shown, watch] = fields.useBlockFieldsShown();
    return createElement(
      'div',
      { ref: watch, className: 'view' },
      shown ? createElement('input', { 'aria-label': 'Alt text' }) : null,
    );
  }

  it('makes a waiting view and then its waiting fields before it returns', async () => {
    const [host, other] = elements(2);
    const root = createRoot(host!);
    await act(async () =>
      root.render(createElement(LazyView, { container: host! }, createElement(ViewWithFields))),
    );
    const otherShown: string[] = [];
    queue.showWhenNear(other!, (why) => otherShown.push(why));
    expect(host!.querySelector('.view')).toBeNull();

    // Outside act(), which would render at its end: showWithin must render by itself.
    actEnvironment(false);
    queue.showWithin(host!);
    actEnvironment(true);
    expect(host!.querySelector('input[aria-label="Alt text"]')).not.toBeNull();
    // Only what is inside the container: the other block still waits.
    expect(otherShown).toEqual([]);
    await act(async () => root.unmount());
  });
});
