import { Bilingual } from "./message";

/** The Excel error a failed computation maps to in a cell. */
export type ErrorKind = "value" | "div0" | "na" | "num";

export interface Failure {
  ok: false;
  error: ErrorKind;
  message: Bilingual;
}

export interface Success<T> {
  ok: true;
  value: T;
}

export type Result<T> = Success<T> | Failure;

export function success<T>(value: T): Success<T> {
  return { ok: true, value };
}

export function failure(error: ErrorKind, message: Bilingual): Failure {
  return { ok: false, error, message };
}
