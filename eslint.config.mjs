// Flat config: typescript-eslint's recommended rules, kept lenient (no stylistic rules).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
