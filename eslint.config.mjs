// Flat config: typescript-eslint's recommended rules, kept lenient (no stylistic rules: Prettier formats),
// plus the architecture's boundaries as import and global restrictions per folder (README, "Architecture").
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

const NODE_MODULES = [
  "fs",
  "fs/promises",
  "path",
  "os",
  "stream",
  "zlib",
  "crypto",
  "url",
  "util",
  "buffer",
  "events",
  "child_process",
  "worker_threads",
  "module",
  "process",
  "readline",
  "assert",
];
const pattern = (group, message) => ({ group, message });

const HOST_LIBRARIES = [
  pattern(["node:*", ...NODE_MODULES], "src/core is pure TypeScript: no Node module (pass data in, get data out)."),
  pattern(["exceljs", "exceljs/*", "jszip", "saxes", "fflate", "fflate/*"], "file formats belong to src/adapters/xlsx."),
  pattern(["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*", "i18next"], "user interface belongs to src/taskpane and src/web."),
  pattern(
    ["**/adapters/**", "**/app/**", "**/taskpane/**", "**/web/**", "**/cli/**", "**/functions/**", "**/commands/**"],
    "src/core depends on nothing outside src/core.",
  ),
];
const OFFICE_GLOBALS = [
  { name: "Excel", message: "Only src/adapters/office talks to Excel (Excel.run and its objects)." },
  {
    name: "Office",
    message: "Only src/adapters/office talks to Office.js; the entry points (taskpane, commands, functions) are the exceptions listed in eslint.config.mjs.",
  },
  { name: "OfficeRuntime", message: "Only src/adapters/office talks to Office.js." },
];
const DOM_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "XMLHttpRequest",
  "Worker",
  "Blob",
  "File",
  "FileReader",
].map((name) => ({ name, message: "src/core runs in every host: no DOM or browser global." }));
const NODE_GLOBALS = ["process", "Buffer", "require", "__dirname", "__filename", "setTimeout", "setInterval", "setImmediate", "global"].map((name) => ({
  name,
  message: "src/core runs in every host: no Node global (a host hands core what it needs, e.g. a pause function).",
}));

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "coverage/**", "node_modules/**", "test-results/**", "bench/out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-empty-function": "off",
      "@typescript-eslint/no-this-alias": "warn",
      "no-useless-escape": "warn",
      // TypeScript itself reports undefined names; the core rule does not know the DOM, Node or Office globals.
      "no-undef": "off",
    },
  },
  {
    // The pure core: no host, no file format library, no user interface, nothing outside itself.
    files: ["src/core/**/*.ts"],
    ignores: ["src/core/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: HOST_LIBRARIES }],
      "no-restricted-globals": ["error", ...OFFICE_GLOBALS, ...DOM_GLOBALS, ...NODE_GLOBALS],
    },
  },
  {
    // ExcelJS only in the .xlsx adapter; Excel and Office only in the Office adapter.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/adapters/xlsx/**", "src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [pattern(["exceljs", "exceljs/*", "jszip", "saxes", "fflate", "fflate/*"], "file formats belong to src/adapters/xlsx.")] },
      ],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    // Entry points Office loads call Office.onReady / Office.actions / Office.context themselves.
    ignores: ["src/adapters/office/**", "src/core/**", "src/taskpane/index.ts", "src/taskpane/pane-visibility.ts", "src/commands/**", "src/functions/**"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
  {
    // The package reader runs in the browser, in a Web Worker and in Node: no Node module or global,
    // no DOM, and of the file-format libraries only the zip inflater and the XML parser.
    files: ["src/adapters/xlsx/package/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            pattern(
              ["node:*", ...NODE_MODULES],
              "src/adapters/xlsx/package runs in browsers and workers too: Node-only file opening lives in src/adapters/xlsx/read-file.ts.",
            ),
            pattern(["exceljs", "exceljs/*", "jszip"], "the package reader uses fflate and saxes only."),
            pattern(
              ["**/app/**", "**/taskpane/**", "**/web/**", "**/cli/**", "**/functions/**", "**/commands/**", "**/office/**"],
              "the package reader depends on src/core only.",
            ),
          ],
        },
      ],
      "no-restricted-globals": ["error", ...DOM_GLOBALS.filter((g) => g.name !== "Worker"), ...NODE_GLOBALS],
    },
  },
  {
    files: ["src/functions/**/*.ts", "src/commands/**/*.ts", "src/taskpane/index.ts", "src/taskpane/pane-visibility.ts"],
    rules: { "no-restricted-globals": ["error", OFFICE_GLOBALS[0]] },
  },
  {
    // React's rules of hooks wherever components live.
    files: ["src/**/*.tsx", "src/taskpane/**/*.ts", "src/web/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs["recommended-latest"].rules, "react-hooks/refs": "error" },
  },
  {
    // Microsoft's Office Add-in rules where Excel.run code lives.
    files: ["src/adapters/office/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // Ambient declarations of host globals (CustomFunctions) use namespaces, as the host's own typings do.
    files: ["**/*.d.ts"],
    rules: { "@typescript-eslint/no-namespace": "off", "@typescript-eslint/no-unused-vars": "off" },
  },
  {
    // CommonJS files run by Node and webpack.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
