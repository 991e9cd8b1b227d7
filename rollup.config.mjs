import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {readFileSync} from 'node:fs';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const runtimeDependencies = Object.keys(packageJson.dependencies ?? {});

// A module is external in the npm build when it belongs to a runtime dependency, so the
// application's bundler shares one copy of Lit. Dev-only packages (the icon set) are inlined.
const isRuntimeDependency = (id) =>
  runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));

const terserOptions = {
  ecma: 2021,
  module: true,
  format: {comments: false},
  compress: {passes: 2},
};

export default [
  {
    // The npm build: one module per source file plus declarations, dependencies left as imports.
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
    },
    external: isRuntimeDependency,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      nodeResolve(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: true,
        declarationDir: 'dist',
        outDir: 'dist',
      }),
    ],
  },
  {
    // The script-tag build: one ES module that registers the element, with every dependency
    // inlined. Languages other than English and German, the HTTP client and the fallback SHA-256
    // are chunks beside it, loaded on first use.
    input: 'src/define.ts',
    // Lets the chunks import shared code from the entry itself, so the entry stays one
    // self-contained file instead of a facade over a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      entryFileNames: 'messenger-optin.js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      // The map is written for debugging, but the bundle does not point at it, because site
      // owners copy only the scripts to their servers.
      sourcemap: 'hidden',
    },
    plugins: [
      // The production condition selects Lit's build without dev-mode checks and warnings.
      nodeResolve({browser: true, exportConditions: ['production']}),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        declarationMap: false,
        outDir: 'dist/cdn',
      }),
      terser(terserOptions),
    ],
  },
];
