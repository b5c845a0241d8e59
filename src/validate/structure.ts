import { allowedProperties as ALLOWED, validateStructure } from '../generated/structure.js';
import type { StructureError } from '../generated/structure.js';
import { didYouMean, quote } from '../internal/suggest.js';
import type { IssueCollector } from './issue.js';

const KNOWN_KEYWORDS = new Set(['required', 'additionalProperties', 'type', 'enum', 'const']);

/** Reads the value at a JSON Pointer, for messages that quote the bad value. */
function valueAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The property names a schema allows at a place, for "did you mean". */
function allowedProperties(error: StructureError): readonly string[] {
  return ALLOWED[error.instancePath.replace(/\/\d+(?=\/|$)/g, '/*')] ?? [];
}

function describe(error: StructureError, root: unknown): { code: Parameters<IssueCollector['add']>[0]; path: string; message: string } {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const field = String(params['missingProperty']);
      return { code: 'missing-field', path: at, message: `missing required field "${field}"` };
    }
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      const allowed = allowedProperties(error);
      return {
        code: 'unknown-field',
        path: `${at}/${field.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        message: `unknown field "${field}"${didYouMean(field, allowed)}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`,
      };
    }
    case 'type': {
      const value = valueAt(root, at);
      // Name the bad value itself when it is short to show: "expected string, got number 42".
      const shown = value !== null && typeof value !== 'object' && value !== undefined ? ` ${quote(value)}` : '';
      return { code: 'wrong-type', path: at, message: `expected ${String(params['type'])}, got ${typeName(value)}${shown}` };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      const value = valueAt(root, at);
      return {
        code: 'invalid-value',
        path: at,
        message: `${quote(value)} is not one of ${allowed.map((a) => `'${a}'`).join(', ')}${typeof value === 'string' ? didYouMean(value, allowed) : ''}`,
      };
    }
    case 'const':
      return { code: 'invalid-value', path: at, message: `expected ${quote(params['allowedValue'])}, got ${quote(valueAt(root, at))}` };
    case 'pattern': {
      const value = valueAt(root, at);
      const isId = /(^|\/)(id|replacedBy|category|parent|level|proficiency|skill|supersededBy)$|\/\d+$/.test(at);
      return {
        code: 'invalid-value',
        path: at,
        message: isId
          ? `${quote(value)} is not a kebab-case id (lowercase letters and digits joined by single hyphens, e.g. "object-detection")`
          : `${quote(value)} does not match the expected format ${String(params['pattern'])}`,
      };
    }
    default:
      return { code: KNOWN_KEYWORDS.has(error.keyword) ? 'wrong-type' : 'invalid-value', path: at, message: `${quote(valueAt(root, at))}: ${error.message ?? 'is invalid'}` };
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Checks the document's structure against the schema; returns false when it is too broken for record rules. */
export function checkStructure(input: unknown, issues: IssueCollector): boolean {
  if (validateStructure(input)) return true;
  for (const error of validateStructure.errors ?? []) {
    const { code, path, message } = describe(error, input);
    issues.add(code, path, message);
  }
  return false;
}
