/**
 * Export: Newsdesk's pure renderer (renderArticleHtml) against Lexical's headless
 * `$generateHtmlFromNodes` with jsdom, on the same generated articles.
 *
 * Articles are generated in batches (generation is not timed) so 1,000 articles
 * of 10,000 words never sit in memory at once. Each article is timed alone, from
 * its parsed JSON object to the HTML string.
 */
import { createHeadlessEditor } from '@lexical/headless';
import { $generateHtmlFromNodes } from '@lexical/html';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { JSDOM } from 'jsdom';
import type { Article } from '../../shared/article/schema';
import { renderArticleHtml } from '../../shared/export';
import { generateArticle } from '../generate';
import { summarize, type ResultRow } from '../lib/stats';
import { BASELINE_BLOCK_NODES } from './lexical-baseline-nodes';

const ARTICLE = { words: 10_000, figures: 30, related: 3 };
const BATCH = 25;

function installJsdom(): void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  g.DocumentFragment = dom.window.DocumentFragment;
  g.Element = dom.window.Element;
  g.HTMLElement = dom.window.HTMLElement;
  g.Node = dom.window.Node;
}

function lexicalHtml(article: Article): string {
  const editor = createHeadlessEditor({
    nodes: [
      HeadingNode,
      QuoteNode,
      ListNode,
      ListItemNode,
      LinkNode,
      AutoLinkNode,
      ...BASELINE_BLOCK_NODES,
    ],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(article.body as never));
  let html = '';
  editor.read(() => {
    html = $generateHtmlFromNodes(editor, null);
  });
  return html;
}

const OPTIONS = {
  format: 'page' as const,
  resolveAsset: (id: string) => ({ src: `images/${id}` }),
  resolveArticleLink: () => null,
};

export async function benchExport(
  seed: string,
  count: number,
  baselineCount: number,
  log: (m: string) => void,
): Promise<ResultRow[]> {
  installJsdom();
  const ours: number[] = [];
  const theirs: number[] = [];
  let oursTotal = 0;
  let bytes = 0;
  for (let start = 0; start < count; start += BATCH) {
    const batch: Article[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i += 1)
      batch.push(generateArticle(`${seed}/export-${i}`, ARTICLE).article);
    if (start === 0) {
      // Warm-up of both paths (JIT), not measured.
      for (const a of batch.slice(0, 3)) {
        renderArticleHtml(a, OPTIONS);
        lexicalHtml(a);
      }
    }
    const batchStart = performance.now();
    for (const article of batch) {
      const t = performance.now();
      bytes += renderArticleHtml(article, OPTIONS).length;
      ours.push(performance.now() - t);
    }
    oursTotal += performance.now() - batchStart;
    for (const article of batch) {
      if (theirs.length >= baselineCount) break;
      const t = performance.now();
      lexicalHtml(article);
      theirs.push(performance.now() - t);
    }
    if ((start / BATCH) % 8 === 0) log(`  export: ${start + batch.length}/${count}`);
  }
  const oursRate = (count / oursTotal) * 1000;
  return [
    {
      id: 'export.per-article',
      metric: 'export one article (renderArticleHtml, page)',
      unit: 'ms',
      value: summarize(ours),
      baseline: {
        label: 'Lexical headless $generateHtmlFromNodes + jsdom',
        value: summarize(theirs),
      },
      // Budget: ≥ 10× the speed, i.e. the baseline takes ≥ 10× as long per article.
      budget: { kind: 'ratio-max', value: 0.1, on: 'median' },
      note:
        `${count} distinct articles (${ARTICLE.words} words, ${ARTICLE.figures} figures, ${ARTICLE.related} related blocks); ` +
        `baseline on the first ${theirs.length} of them, per-article times compared (ratio = ours / baseline, ≤ 0.1 means ≥ 10× faster); ` +
        `figures and related blocks in the baseline are minimal DecoratorNodes with exportDOM (bench/main/lexical-baseline-nodes.ts); ` +
        `baseline includes parseEditorState + setEditorState (it starts from the same JSON)`,
    },
    {
      id: 'export.throughput',
      metric: `export ${count} articles`,
      unit: 'articles/s',
      value: { median: oursRate, p95: oursRate, n: count },
      baseline: {
        label: 'Lexical headless',
        value: {
          median: 1000 / (theirs.reduce((a, b) => a + b, 0) / theirs.length),
          p95: 1000 / (theirs.reduce((a, b) => a + b, 0) / theirs.length),
          n: theirs.length,
        },
      },
      budget: { kind: 'ratio-min', value: 10, on: 'median' },
      better: 'higher',
      note: `total ${(oursTotal / 1000).toFixed(2)} s, ${(bytes / count / 1024).toFixed(0)} KB of HTML per article; baseline rate from the mean of its per-article times`,
    },
  ];
}
