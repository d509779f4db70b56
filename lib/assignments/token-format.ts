/*
 * The shape of an assignment link's token, with no other import: the progress store (on every page)
 * checks stored tokens against it without loading the rest of lib/assignments.
 */

/** Longest token accepted from a link (a real one is about 600 characters). */
export const MAX_TOKEN_LENGTH = 2000;

/** A compact JWS: three base64url parts. */
export const TOKEN_PATTERN = /^[\w-]+\.[\w-]+\.[\w-]+$/;
