/** How serious an issue is: errors make a taxonomy invalid, warnings do not. */
export type Severity = 'error' | 'warning';

/** The kinds of problem validation reports. */
export type IssueCode =
  | 'invalid-document'
  | 'missing-field'
  | 'unknown-field'
  | 'wrong-type'
  | 'invalid-value'
  | 'too-many-issues'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'wrong-kind-reference'
  | 'duplicate-reference'
  | 'deprecated-reference'
  | 'prerequisite-cycle'
  | 'category-cycle'
  | 'duplicate-alias'
  | 'rank-order'
  | 'duplicate-expectation'
  | 'expectation-decreases'
  | 'unknown-replacement'
  | 'override-required';

/** One problem found in a taxonomy document. */
export interface ValidationIssue {
  /** A stable, machine-readable code. */
  readonly code: IssueCode;
  /** A JSON Pointer (RFC 6901) to the offending value, e.g. `/skills/12/prerequisites/0`; `''` is the document. */
  readonly path: string;
  /** A sentence for people: what is wrong and, where possible, what would be right. */
  readonly message: string;
  /** `'error'` makes the document invalid; `'warning'` does not. */
  readonly severity: Severity;
}

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 requires. */
export const pointer = (...segments: readonly (string | number)[]): string =>
  segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

/** Collects issues, capped so that a hostile document cannot make the report itself huge. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  private dropped = 0;
  // Whether an error (not only warnings) was dropped: a valid document with many warnings stays valid.
  private droppedError = false;
  constructor(private readonly limit = 1000) {}

  add(code: IssueCode, path: string, message: string, severity: Severity = 'error'): void {
    if (this.issues.length < this.limit) this.issues.push({ code, path, message, severity });
    else {
      this.dropped++;
      if (severity === 'error') this.droppedError = true;
    }
  }

  get hasErrors(): boolean {
    return this.droppedError || this.issues.some((i) => i.severity === 'error');
  }

  /** The issues, with a closing note when some were dropped. */
  finish(): ValidationIssue[] {
    if (this.dropped > 0) {
      this.issues.push({
        code: 'too-many-issues',
        path: '',
        message: `${this.dropped} more issues were not reported (the first ${this.limit} are listed)`,
        severity: this.droppedError ? 'error' : 'warning',
      });
      this.dropped = 0;
    }
    return this.issues;
  }
}
