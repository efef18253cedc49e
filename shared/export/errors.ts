/**
 * Errors the export renderer throws. Each names what the caller must fix, so the
 * Export command and the CLI can tell the user which article and node failed.
 */

/** A body node whose type (or version of that type) has no renderer: never silently dropped. */
export class UnsupportedNodeError extends Error {
  override readonly name = 'UnsupportedNodeError';
  constructor(
    readonly nodeType: string,
    readonly nodeVersion: number,
  ) {
    super(`No HTML renderer for node type "${nodeType}" version ${nodeVersion}`);
  }
}

/** A node whose fields do not match its serialized shape (for example a figure without an asset id). */
export class InvalidNodeError extends Error {
  override readonly name = 'InvalidNodeError';
  constructor(
    readonly nodeType: string,
    detail: string,
  ) {
    super(`Invalid "${nodeType}" node: ${detail}`);
  }
}

/** A URL handed over by the caller (an asset source) that is not safe to publish. */
export class UnsafeUrlError extends Error {
  override readonly name = 'UnsafeUrlError';
  constructor(readonly url: string) {
    super(`Refusing to export an unsafe URL: ${JSON.stringify(url.slice(0, 200))}`);
  }
}
