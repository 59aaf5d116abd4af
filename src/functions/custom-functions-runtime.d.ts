/**
 * The part of the Excel custom functions runtime (CustomFunctionsRuntime 1.2) KC uses. Excel provides
 * the `CustomFunctions` global in the functions runtime; @types/custom-functions-runtime is not a
 * dependency, so these few declarations stand in for it.
 */
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
