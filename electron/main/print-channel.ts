/** The ipc channel of Print / Save as PDF, apart from print.ts so the preload can import it without main-only code. */
export const PRINT_CHANNEL = 'newsdesk:print-article';
export type PrintMode = 'print' | 'pdf';
