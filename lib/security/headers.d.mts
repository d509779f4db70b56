export interface Header {
  key: string;
  value: string;
}
export const SECURITY_HEADERS: readonly Header[];
export const API_HEADERS: readonly Header[];
