// custom-elements.json is generated from the classes' JSDoc and declared types (the public API lives
// there once).
import ts from 'typescript';

/**
 * The analyzer writes a declared type as its source text (`Jurisdiction | undefined`), which names a
 * type nobody outside can read. The React, Vue and editor data, the embed builder and the fuzzer all
 * need the values themselves, so a field whose type is a union of literals is written out in full
 * (`"england-wales" | "scotland" | "northern-ireland" | undefined`), resolved by TypeScript from the
 * same declarations the code compiles against.
 */
function spelledOutUnions() {
  let program;
  const checker = () => {
    if (!program) {
      const configPath = ts.findConfigFile('.', ts.sys.fileExists, 'tsconfig.json');
      const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
      const parsed = ts.parseJsonConfigFileContent(config, ts.sys, '.');
      program = ts.createProgram(parsed.fileNames.filter((f) => f.startsWith('src/')), parsed.options);
    }
    return program.getTypeChecker();
  };

  /** One literal (or template literal, or undefined) as TypeScript source; undefined for any other type. */
  const literal = (type, tc) => {
    const f = type.flags;
    if (f & ts.TypeFlags.StringLiteral) return JSON.stringify(type.value);
    if (f & ts.TypeFlags.NumberLiteral) return String(type.value);
    if (f & ts.TypeFlags.TemplateLiteral) return tc.typeToString(type);
    if (f & ts.TypeFlags.Undefined) return 'undefined';
    return undefined; // boolean, objects, `string`: the source text already says it
  };

  /**
   * The parts of a declared type in the order its source writes them (TypeScript's own union order
   * follows when each literal was first seen anywhere, which reads as noise: `4 | 2 | 3`).
   */
  const partsOf = (node, tc) => {
    if (ts.isParenthesizedTypeNode(node)) return partsOf(node.type, tc);
    if (ts.isUnionTypeNode(node)) return node.types.flatMap((t) => partsOf(t, tc));
    if (ts.isTypeReferenceNode(node)) {
      const alias = tc.getSymbolAtLocation(node.typeName);
      const target = alias && alias.flags & ts.SymbolFlags.Alias ? tc.getAliasedSymbol(alias) : alias;
      const declaration = target?.declarations?.find(ts.isTypeAliasDeclaration);
      if (declaration) return partsOf(declaration.type, tc);
    }
    // `keyof typeof X`: X's keys in the order X lists them.
    if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.KeyOfKeyword) {
      return tc.getPropertiesOfType(tc.getTypeFromTypeNode(node.type)).map((p) => tc.getStringLiteralType(p.name));
    }
    const type = tc.getTypeFromTypeNode(node);
    return type.isUnion() ? type.types : [type];
  };

  /** A declared union of literals written out, undefined last; undefined when any part is not a literal. */
  const spelled = (symbol, tc) => {
    const node = symbol.valueDeclaration?.type;
    if (!node) return undefined;
    const parts = partsOf(node, tc).map((t) => literal(t, tc));
    if (parts.length < 2 || parts.includes(undefined)) return undefined;
    const unique = [...new Set(parts)].filter((p) => p !== 'undefined');
    if (symbol.valueDeclaration.questionToken) unique.push('undefined');
    return unique.join(' | ');
  };

  return {
    name: 'spelled-out-unions',
    packageLinkPhase({ customElementsManifest }) {
      const tc = checker();
      for (const mod of customElementsManifest.modules) {
        const source = program.getSourceFile(mod.path);
        if (!source) continue;
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          const node = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === d.name);
          if (!node) continue;
          const instance = tc.getTypeAtLocation(node);
          const typeOf = (name) => {
            const symbol = name && tc.getPropertyOfType(instance, name);
            return symbol && spelled(symbol, tc);
          };
          for (const m of d.members ?? []) {
            const text = m.kind === 'field' && m.type && typeOf(m.name);
            if (text) m.type = { text };
          }
          for (const a of d.attributes ?? []) {
            const text = a.type && typeOf(a.fieldName);
            if (text) a.type = { text };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts', 'src/**/*.examples.ts', 'src/core/example.ts'],
  litelement: true,
  // Never rewrite package.json's customElements field (the staleness check writes to a scratch dir).
  packagejson: false,
  plugins: [
    {
      // The file walk's order differs between machines (a fresh clone lists folders differently),
      // so sort modules by path: the same source must give the same manifest everywhere.
      name: 'stable-module-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
    {
      // A `#name` member cannot be reached from outside the class at all, so it is no part of the
      // contract: listing it would only show tools (and readers) names they can never use.
      name: 'no-hash-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('#'));
          }
        }
      },
    },
    spelledOutUnions(),
  ],
};
