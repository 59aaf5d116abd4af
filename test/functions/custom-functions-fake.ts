/**
 * Jest has no Excel: this stands in for the `CustomFunctions` global of the custom functions runtime
 * (Error, ErrorCode, associate), for the tests and the functions benchmark only.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class FakeCustomFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (message !== undefined && code !== ErrorCode.invalidValue && code !== ErrorCode.notAvailable) {
      // Excel accepts a custom message only with #VALUE! and #N/A.
      throw new TypeError(`A message is not allowed with ${code}`);
    }
  }
}

export function installCustomFunctionsFake(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    ErrorCode,
    Error: FakeCustomFunctionError,
    associate: () => undefined,
  };
}

/** "#VALUE!" for an error cell, the value otherwise: lets tests compare whole result grids. */
export function shown(value: unknown): unknown {
  return value instanceof FakeCustomFunctionError ? value.code : value;
}

export function shownGrid(grid: unknown[][]): unknown[][] {
  return grid.map((row) => row.map(shown));
}
