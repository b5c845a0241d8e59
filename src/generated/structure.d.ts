// Types of the generated structure validator (structure.js, written by scripts/emit-schema.ts).

/** An error of the generated JSON Schema validator (ajv's shape, with `verbose`). */
export interface StructureError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
}

/** Checks a document against the taxonomy JSON Schema; errors are left on `validateStructure.errors`. */
export declare const validateStructure: {
  (data: unknown): boolean;
  errors?: readonly StructureError[] | null;
};

/** The property names each object schema allows, keyed by schema path. */
export declare const allowedProperties: Readonly<Record<string, readonly string[]>>;
