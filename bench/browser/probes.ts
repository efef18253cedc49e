/**
 * Code that runs inside the page (passed to page.evaluate, so it must be
 * self-contained): the keydown → next animation frame probe, caret placement and
 * the "editor takes input" detector. The same functions serve the bare-Lexical
 * page and the real app, so both are measured the same way.
 */

/** Records keydown → requestAnimationFrame latency for every key pressed in `selector`. */
export function installLatencyProbe(selector: string): void {
  const root = document.querySelector(selector) as HTMLElement;
  const w = window as unknown as { __latencies: number[] };
  w.__latencies = [];
  root.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      requestAnimationFrame(() => w.__latencies.push(performance.now() - t0));
    },
    { capture: true },
  );
}

export function takeLatencies(): number[] {
  const w = window as unknown as { __latencies: number[] };
  const out = w.__latencies;
  w.__latencies = [];
  return out;
}

/**
 * Puts the caret at the end of the document's last text, or in the middle of the
 * text of the middle block, through the DOM selection (Lexical follows it).
 */
export function placeCaret(args: { selector: string; where: 'end' | 'middle' }): string {
  const root = document.querySelector(args.selector) as HTMLElement;
  root.focus();
  const blocks = Array.from(root.children).filter(
    (el) =>
      (el as HTMLElement).isContentEditable !== false &&
      /^(P|H2|H3|UL|OL|BLOCKQUOTE)$/.test(el.tagName),
  );
  const start = args.where === 'end' ? blocks.length - 1 : Math.floor(blocks.length / 2);
  for (let i = start; i >= 0; i -= 1) {
    const walker = document.createTreeWalker(blocks[i] as Node, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    if (texts.length === 0) continue;
    const node =
      args.where === 'end' ? texts[texts.length - 1]! : texts[Math.floor(texts.length / 2)]!;
    let offset = args.where === 'end' ? node.length : Math.floor(node.length / 2);
    // Type at a word boundary in the middle, as a reporter inserting a word would.
    if (args.where === 'middle') {
      const space = node.data.indexOf(' ', offset);
      if (space > 0) offset = space + 1;
    }
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    const range = document.createRange();
    range.setStart(node, offset);
    range.collapse(true);
    selection.addRange(range);
    (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    return `${blocks[i]!.tagName} #${i} of ${blocks.length}, offset ${offset}`;
  }
  throw new Error('no text to place the caret in');
}

/**
 * Resolves with ms from the next click anywhere to the first paint after the
 * editable body (`selector`) holds at least `minBlocks` blocks; null on timeout.
 * Then, reported apart (`awaitBlocksShown`): ms from the same click to the
 * paint after every figure and related-news block on screen has its view,
 * which the editor makes after the text's first paint. Watched only once the
 * open is timed, so its layout reads do not count in the open.
 */
export function armOpenTimer(args: {
  selector: string;
  minBlocks: number;
  timeoutMs: number;
}): void {
  const w = window as unknown as {
    __open: Promise<number | null>;
    __blocksShown: Promise<number>;
  };
  w.__open = new Promise((resolve) => {
    document.addEventListener(
      'click',
      () => {
        const t0 = performance.now();
        const ready = () => {
          const el = document.querySelector(args.selector) as HTMLElement | null;
          return !!el && el.isContentEditable && el.childElementCount >= args.minBlocks;
        };
        const finish = () => {
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() =>
            setTimeout(() => {
              const ms = performance.now() - t0;
              resolve(ms);
              watchBlocks(t0, ms);
            }, 0),
          );
        };
        const observer = new MutationObserver(() => ready() && finish());
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, args.timeoutMs);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        if (ready()) finish();
      },
      { capture: true, once: true },
    );
  });
  const watchBlocks = (t0: number, openMs: number) => {
    w.__blocksShown = new Promise((resolve) => {
      // The article scrolls inside the workspace: "on screen" is its visible box.
      const scroller = document.querySelector('.workspace');
      const shown = () => {
        const visible = scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
        return [...document.querySelectorAll('.figure-block, .related-news-block')].every(
          (block) => {
            const box = block.getBoundingClientRect();
            const onScreen = box.bottom > visible.top && box.top < visible.bottom;
            return !onScreen || block.childElementCount > 0;
          },
        );
      };
      const stop = () => {
        blocks.disconnect();
        clearTimeout(timer);
      };
      // One look per frame, in its animation callback (its layout reads would
      // otherwise force a layout per mutation); then after that frame's paint.
      let looking = false;
      const look = () => {
        looking = false;
        if (!shown()) return;
        stop();
        setTimeout(() => resolve(performance.now() - t0), 0);
      };
      const blocks = new MutationObserver(() => {
        if (looking) return;
        looking = true;
        requestAnimationFrame(look);
      });
      // A view on screen that never comes is reported (-1), not waited for.
      const timer = setTimeout(() => {
        blocks.disconnect();
        resolve(-1);
      }, 10_000);
      blocks.observe(document.body, { childList: true, subtree: true });
      // Already there (or none at all): they were in the open's own paint.
      if (shown()) {
        stop();
        resolve(openMs);
      }
    });
  };
}

/**
 * ms from the click to the paint that shows the on-screen blocks' views (see
 * armOpenTimer); -1 when they did not come within 10 s.
 */
export function awaitBlocksShown(): Promise<number> {
  return (window as unknown as { __blocksShown: Promise<number> }).__blocksShown;
}

export function awaitOpen(): Promise<number | null> {
  return (window as unknown as { __open: Promise<number | null> }).__open;
}

/** Resolves when the role=status element next reads `text` after reading something else. */
export function armSavedWatcher(text: string): void {
  const w = window as unknown as { __saved: Promise<number> };
  w.__saved = new Promise((resolve) => {
    // Watches the status element itself once it exists: a query of the whole
    // document on every mutation walked the 10,000-word body and was counted
    // in the autosave window as if the app had spent it.
    const element = document.querySelector('[role="status"]');
    const status = () =>
      (element ?? document.querySelector('[role="status"]'))?.textContent?.trim() ?? '';
    let left = status() !== text;
    const observer = new MutationObserver(() => {
      const now = status();
      if (now !== text) left = true;
      else if (left) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(element ?? document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
}

/**
 * Resolves once the counts bar next changes (the recount a keystroke schedules
 * for the next idle period) and a frame has painted it: true then, false after
 * `timeoutMs` without a change.
 */
export function armCountsWatcher(timeoutMs: number): void {
  const w = window as unknown as { __countsSettled: Promise<boolean> };
  w.__countsSettled = new Promise((resolve) => {
    const bar = document.querySelector('.counts-bar');
    if (!bar) return resolve(false);
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(true), 0));
    });
    observer.observe(bar, { childList: true, subtree: true, characterData: true });
  });
}

export function awaitCountsSettled(): Promise<boolean> {
  return (window as unknown as { __countsSettled: Promise<boolean> }).__countsSettled;
}

export function statusText(): string {
  return document.querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

/** Resolves after `ms`: an idle window that costs the page what awaiting a probe does. */
export function idleFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function awaitSaved(): Promise<number> {
  return (window as unknown as { __saved: Promise<number> }).__saved;
}

/**
 * Records the byte size of each `article:save` request whose body is a Blob
 * (the page's own fallback sends one for a large body, bridge/http-bridge.ts;
 * Playwright exposes no Blob bodies; the bridge worker sends strings). Reads only
 * the first bytes of each body, after the fact, so it adds no measurable work.
 */
export function recordBlobSaves(): void {
  const w = window as unknown as { __blobSaves: number[] };
  w.__blobSaves = [];
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const body = init?.body;
    if (body instanceof Blob) {
      void body
        .slice(0, 40)
        .text()
        .then((head) => {
          if (head.includes('"article:save"')) w.__blobSaves.push(body.size);
        });
    }
    return original(input, init);
  };
}

export function takeBlobSaves(): number[] {
  return (window as unknown as { __blobSaves?: number[] }).__blobSaves ?? [];
}
