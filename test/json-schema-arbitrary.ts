import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schema of the OpenAPI document (what zod's toJSONSchema
 * emits: type, enum, const, anyOf, $ref, format, pattern, lengths, bounds, items, properties,
 * additionalProperties). No maintained generator supports fast-check 4 (json-schema-fast-check
 * needs fast-check 1, zod-fast-check needs zod 3), and this subset is small.
 */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  default?: unknown;
}

export interface SchemaArbitraryOptions {
  /** Resolves `#/components/schemas/…`. */
  resolve(ref: string): JsonSchema;
  /** Ids for a uuid field, by the field's name (real records make requests reach the services). */
  uuid(fieldName: string | undefined): fc.Arbitrary<string>;
  /** What may replace any value: hostile input. */
  hostile: fc.Arbitrary<unknown>;
  /** How often a value is hostile, as 1 in n. */
  hostileOneIn: number;
}

/** Dates inside and at the edges of what the API accepts. */
const dateArbitrary = fc.oneof(
  fc.constantFrom('1900-01-01', '9999-12-31', '2026-02-29', '2024-02-29', '2026-12-31'),
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const dateTimeArbitrary = fc.oneof(
  fc.constantFrom('1900-01-01T00:00:00+01:00', '9999-12-31T23:59:59Z', '2026-03-29T02:30:00+01:00'),
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString()),
);
/** Swedish text, spaces and line breaks; fast-check's default units rarely produce åäö. */
const textUnit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöÅÄÖ ABCXYZ0123456789-.,:;/§\n') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);

function stringArbitrary(schema: JsonSchema, fieldName: string | undefined, options: SchemaArbitraryOptions) {
  if (schema.format === 'uuid') return options.uuid(fieldName);
  if (schema.format === 'date') return dateArbitrary;
  if (schema.format === 'date-time') return dateTimeArbitrary;
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = schema.minLength ?? 0;
  // Long values come from the hostile set; generated text stays short so runs stay fast.
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  return fc.string({ unit: textUnit, minLength, maxLength });
}

function numberArbitrary(schema: JsonSchema, isInteger: boolean) {
  const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined);
  const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined);
  if (isInteger) {
    const low = Math.max(min ?? -(2 ** 31), Number.MIN_SAFE_INTEGER);
    const high = Math.min(max ?? 2 ** 31 - 1, Number.MAX_SAFE_INTEGER);
    // The edges matter most: 0, 1, the bounds themselves.
    return fc.oneof(fc.constantFrom(low, high, Math.min(Math.max(0, low), high)), fc.integer({ min: low, max: high }));
  }
  return fc.double({ min: min ?? -1e12, max: max ?? 1e12, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(schema: JsonSchema, options: SchemaArbitraryOptions, depth: number) {
  const entries = Object.entries(schema.properties ?? {}).map(
    ([key, property]) => [key, schemaArbitrary(property, options, depth + 1, key)] as const,
  );
  const record = fc.record(Object.fromEntries(entries), { requiredKeys: schema.required ?? [] });
  if (typeof schema.additionalProperties !== 'object') return record;
  const extra = fc.dictionary(
    schema.propertyNames
      ? validArbitrary(schema.propertyNames, options, depth + 1).map(String)
      : fc.string({ maxLength: 10 }),
    schemaArbitrary(schema.additionalProperties, options, depth + 1),
    { maxKeys: 4 },
  ) as fc.Arbitrary<Record<string, unknown>>;
  return fc.tuple(record, extra).map(([known, more]) => ({ ...more, ...known }));
}

function validArbitrary(
  schema: JsonSchema,
  options: SchemaArbitraryOptions,
  depth: number,
  fieldName?: string,
): fc.Arbitrary<unknown> {
  // Input schemas are not recursive, but a $ref cycle must not build arbitraries for ever.
  if (depth > 10) return fc.constant(null);
  if (schema.$ref) return validArbitrary(options.resolve(schema.$ref), options, depth + 1, fieldName);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => schemaArbitrary(choice, options, depth, fieldName)));
  if (schema.allOf?.length === 1) return validArbitrary(schema.allOf[0]!, options, depth, fieldName);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringArbitrary(schema, fieldName, options);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (depth > 6) return fc.constant([]);
      return fc.array(schemaArbitrary(schema.items ?? {}, options, depth + 1, fieldName), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      });
    case 'object':
      return objectArbitrary(schema, options, depth);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values of the schema, with a hostile value in its place once in `hostileOneIn`, at every depth. */
export function schemaArbitrary(
  schema: JsonSchema,
  options: SchemaArbitraryOptions,
  depth = 0,
  fieldName?: string,
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: options.hostileOneIn - 1, arbitrary: validArbitrary(schema, options, depth, fieldName) },
    { weight: 1, arbitrary: options.hostile },
  );
}
