/**
 * Which Office.js members a set of source files uses, each with the requirement set its declaration in
 * @types/office-js names ("[Api set: ExcelApi 1.9]", or "**Requirement set**: … | SharedRuntime 1.1}"), and
 * whether the use sits under a guard: an `if`, `?:` or `&&` whose condition calls something with
 * ("ExcelApi", "1.20")-style string arguments at least as high (requirements(), isSetSupported()).
 */
import { readFileSync } from "fs";
import * as ts from "typescript";
import { compareVersions } from "./versions";

export interface ApiSet {
  name: string;
  /** "1.9"; "" for a set without versions ("Settings"). */
  version: string;
}

export interface MemberUse {
  /** "Excel.Application.suspendScreenUpdatingUntilNextSync" */
  member: string;
  set: ApiSet;
  file: string;
  line: number;
  /** The highest version of the same set a lexical guard around the use checks, if any. */
  guardedAt?: string;
}

const API_SET = /\[Api set: ([A-Za-z]+) ([\d.]+)(?:[^\]]*)\]/;
const REQUIREMENT_SET = /\*\*Requirement set\*\*: \{@link [^|}]*\|\s*([^}]+?)\s*\}/;

/** The requirement set of a declaration, from the comment above it. */
function setOf(declaration: ts.Declaration): ApiSet | undefined {
  const source = declaration.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(source.text, declaration.getFullStart()) ?? [];
  const comment = ranges.map((r) => source.text.slice(r.pos, r.end)).join("\n");
  const api = API_SET.exec(comment);
  if (api) {
    // "ExcelApi 1.1 for get, 1.8 for set": the highest version named, to be safe.
    const rest = comment.slice(api.index, comment.indexOf("]", api.index));
    const versions = [...rest.matchAll(/\b(\d+\.\d+)\b/g)].map((m) => m[1]).sort(compareVersions);
    return { name: api[1], version: versions.at(-1) ?? api[2] };
  }
  const requirement = REQUIREMENT_SET.exec(comment);
  if (!requirement) return undefined;
  const [name, version = ""] = requirement[1].split(/\s+/);
  return { name: name === "Not" ? "Not in a set" : name, version };
}

function isOfficeDeclaration(declaration: ts.Declaration): boolean {
  return /[\\/]@types[\\/]office-js[\\/]/.test(declaration.getSourceFile().fileName);
}

/** The symbol a name refers to; for a property of an object literal, the property of the type the literal is given as. */
function symbolAt(checker: ts.TypeChecker, node: ts.Node): ts.Symbol | undefined {
  if ((ts.isPropertyAssignment(node.parent) || ts.isShorthandPropertyAssignment(node.parent)) && ts.isObjectLiteralExpression(node.parent.parent)) {
    // An optional parameter's type includes undefined: the property is looked up on the type without it.
    const type = checker.getContextualType(node.parent.parent);
    return type && checker.getNonNullableType(type).getProperty(node.getText());
  }
  const symbol = checker.getSymbolAtLocation(node);
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

/** The sets and versions checked by guard calls in a condition: ("ExcelApi", "1.20") → ExcelApi ≥ 1.20. */
function guardsIn(condition: ts.Node): ApiSet[] {
  const found: ApiSet[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && n.arguments.length >= 2) {
      const [set, version] = n.arguments;
      if (ts.isStringLiteral(set) && ts.isStringLiteral(version)) found.push({ name: set.text, version: version.text });
    }
    // A negated guard does not protect what follows it.
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) return;
    ts.forEachChild(n, visit);
  };
  visit(condition);
  return found;
}

/** The highest version of `set` that the conditions around `node` check before reaching it. */
function guardAround(node: ts.Node, set: string): string | undefined {
  let best: string | undefined;
  const consider = (condition: ts.Node) => {
    for (const g of guardsIn(condition)) if (g.name === set && (!best || compareVersions(g.version, best) > 0)) best = g.version;
  };
  for (let child: ts.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement) consider(parent.expression);
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue) consider(parent.condition);
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) consider(parent.left);
  }
  return best;
}

/** Calls that check a requirement set, ("ExcelApi", "1.9")-style, anywhere in `files`' source. */
export function guardCalls(program: ts.Program, files: string[]): (ApiSet & { file: string; line: number })[] {
  const out: (ApiSet & { file: string; line: number })[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && n.arguments.length >= 2) {
        const [set, version] = n.arguments;
        if (ts.isStringLiteral(set) && ts.isStringLiteral(version) && /^\d+(\.\d+)*$/.test(version.text)) {
          out.push({ name: set.text, version: version.text, file, line: source.getLineAndCharacterOfPosition(n.getStart()).line + 1 });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(source);
  }
  return out;
}

/** Every use of an Office.js member with a requirement set in `files` (a program over them, with office-js types). */
export function officeMemberUses(files: string[], virtual: Record<string, string> = {}): { uses: MemberUse[]; program: ts.Program } {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["office-js", "node"],
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => virtual[name] ?? readFile(name);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name in virtual || fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name in virtual ? ts.createSourceFile(name, virtual[name], version, true) : getSourceFile(name, version));
  const roots = [...files, ...Object.keys(virtual)];
  const program = ts.createProgram(roots, options, host);
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  for (const file of roots) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const symbol = symbolAt(checker, node);
        const declaration = symbol?.declarations?.find(isOfficeDeclaration);
        const set = declaration && setOf(declaration);
        if (symbol && set) {
          const owner = (declaration.parent as ts.Node & { name?: ts.Node }).name?.getText() ?? "";
          uses.push({
            member: owner ? `${owner}.${symbol.name}` : symbol.name,
            set,
            file,
            line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
            guardedAt: guardAround(node, set.name),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, program };
}

/** The sets the manifest requires: { ExcelApi: "1.10", SharedRuntime: "1.1", … }. */
export function manifestSets(manifestXml: string): Record<string, string> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? "";
  return Object.fromEntries([...requirements.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\s*\/>/g)].map((m) => [m[1], m[2]]));
}

/** Uses that a host with only the manifest's minimum could not run: above it (or in a set it does not name) and unguarded. */
export function unguardedAbove(uses: MemberUse[], minimum: Record<string, string>, everywhere: readonly string[]): MemberUse[] {
  return uses.filter((u) => {
    if (everywhere.includes(u.set.name)) return false;
    const declared = minimum[u.set.name];
    if (declared !== undefined && (u.set.version === "" || compareVersions(u.set.version, declared) <= 0)) return false;
    return !(u.guardedAt && u.set.version && compareVersions(u.guardedAt, u.set.version) >= 0);
  });
}

export function readManifest(path: string): string {
  return readFileSync(path, "utf8");
}
