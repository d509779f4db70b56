/** A JSON Web Key Set as published at /.well-known/jwks.json. */
export interface PublishedKeys {
  keys: ReadonlyArray<Record<string, unknown>>;
}
