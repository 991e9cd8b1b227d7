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

/**
 * Drops the `desc` notes from the `msg` calls in src/messages.ts. They are for translators (the
 * XLIFF files keep them) and are never read at run time, and they are about a tenth of the
 * bundle's text.
 */
const stripTranslatorNotes = {
  name: 'strip-translator-notes',
  transform(code, id) {
    if (!id.endsWith('/src/messages.ts')) {
      return null;
    }
    return {code: code.replace(/\n\s*desc:\s*'(?:[^'\\]|\\.)*',?/g, ''), map: null};
  },
};

const terserOptions = {
  ecma: 2021,
  module: true,
  format: {comments: false},
  compress: {passes: 2},
};

/** Plugins of the script-tag builds, which inline every dependency. */
function cdnPlugins(outDir) {
  return [
    // The production condition selects Lit's build without dev-mode checks and warnings.
    nodeResolve({browser: true, exportConditions: ['production']}),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir,
    }),
    stripTranslatorNotes,
    terser(terserOptions),
  ];
}

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
      stripTranslatorNotes,
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
    plugins: cdnPlugins('dist/cdn'),
  },
  {
    // The classic-script build for pages that cannot load modules: one file in which everything,
    // every language included, is inlined, because a classic script cannot load chunks.
    input: 'src/define.ts',
    output: {
      file: 'dist/cdn/messenger-optin.classic.js',
      format: 'iife',
      // The element class is also reachable as window.messengerOptin.MessengerOptin.
      name: 'messengerOptin',
      inlineDynamicImports: true,
      sourcemap: 'hidden',
    },
    plugins: cdnPlugins('dist/cdn'),
  },
];
