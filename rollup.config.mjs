import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import htmlLiterals from 'rollup-plugin-html-literals';
import * as simpleIcons from 'simple-icons';
import {optimize as optimizeSvg} from 'svgo';
import {readFileSync} from 'node:fs';
import MagicString from 'magic-string';

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

/** The icons src/icons.ts uses, by their simple-icons export names. */
const ICON_EXPORTS = ['siWhatsapp', 'siMessenger', 'siTelegram', 'siInstagram'];

/**
 * Rewrites the icons' path data with svgo at two decimals on their 24-unit grid, which makes it
 * about a third shorter. Drawn at 192 px, the result differs from the original in about 1% of the
 * inked pixels, so at the widget's 1em no difference is visible.
 */
const optimizeIcons = {
  name: 'optimize-icons',
  renderChunk(code) {
    const edited = new MagicString(code);
    for (const name of ICON_EXPORTS) {
      const {path} = simpleIcons[name];
      if (!code.includes(path)) {
        continue;
      }
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="${path}"/></svg>`;
      const optimized = optimizeSvg(svg, {floatPrecision: 2}).data.match(/ d="([^"]+)"/)?.[1];
      if (!optimized) {
        this.error(`svgo returned no path for ${name}; check the svgo version.`);
      }
      for (let index = code.indexOf(path); index !== -1; index = code.indexOf(path, index + path.length)) {
        edited.overwrite(index, index + path.length, optimized);
      }
    }
    return edited.hasChanged() ? {code: edited.toString(), map: edited.generateMap({hires: true})} : null;
  },
};

/**
 * Terser options of the script-tag builds; the benchmark minifies its baseline with them too.
 * The preamble is a compile hint: Chromium compiles every function of a file that starts with it
 * while the file streams in, on a background thread, instead of on the main thread at the first
 * call. Nearly every function of the bundle runs while the widget renders.
 */
export const terserOptions = {
  ecma: 2021,
  module: true,
  format: {comments: false, preamble: '//# allFunctionsCalledOnLoad'},
  compress: {passes: 2},
};

/** Returns whether a tagged template found by minify-literals is a css`` stylesheet with rules. */
function isCssStylesheet(template) {
  return template.tag === 'css' && template.parts.some((part) => part.text.includes('{'));
}

/**
 * Tells rollup which modules run code on import that must be kept. @lit/localize's main module
 * sets up its global localization runtime on import. The widget uses only its `str` tag and looks
 * up texts itself, so that set-up is dropped from the script-tag bundles.
 */
function hasSideEffects(id) {
  return !id.includes('/node_modules/@lit/localize/');
}

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
    // Collapses the white space and comments in the html`` and css`` templates. A css`` block of
    // bare declarations (the dark colours, which styles.ts places into two rules) is not a
    // stylesheet the minifier can parse, so it is left as written.
    htmlLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
      options: {shouldMinifyCSS: isCssStylesheet},
    }),
    optimizeIcons,
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
      optimizeIcons,
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
    // inlined. Languages other than English and German, the QR encoder, the backend code, the
    // HTTP client and the fallback SHA-256 are chunks beside it, loaded on first use. Its entry
    // warns when it was served under another name, which the chunks depend on.
    input: 'src/cdn-entry.ts',
    // Lets the chunks import shared code from the entry itself, so the entry stays one
    // self-contained file instead of a facade over a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    treeshake: {moduleSideEffects: hasSideEffects},
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
    treeshake: {moduleSideEffects: hasSideEffects},
    plugins: cdnPlugins('dist/cdn'),
  },
];
