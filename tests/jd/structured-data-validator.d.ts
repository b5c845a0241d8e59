// The validator ships no types; this is the part the tests use.
declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    readonly issueMessage: string;
    readonly severity: 'ERROR' | 'WARNING';
    readonly fieldNames?: readonly string[];
    readonly path?: readonly unknown[];
  }
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(data: { jsonld?: Record<string, unknown[]> }): Promise<ValidationIssue[]>;
  }
}
