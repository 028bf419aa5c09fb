/** Path -> text of every generated validator file, as the schemas are now. */
export function generateValidators(): Promise<Record<string, string>>;
