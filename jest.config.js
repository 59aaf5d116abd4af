/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Tests that run the CLI or LibreOffice take seconds on a loaded 2-core machine; 5 s made them flaky.
  testTimeout: 30_000,
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose main module pulls
    // dependencies the tests do not install (fs-extra): map it to that one file.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
