import typescript from '@rollup/plugin-typescript';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import htmlLiterals from 'rollup-plugin-html-literals';
import * as simpleIcons from 'simple-icons';
import {optimize as optimizeSvg} from 'svgo';
import {readFileSync} from 'node:fs';
import MagicString from 'magic-string';
import {privateMemberNames} from './.scripts/private-members.mjs';

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
  // Terser keeps property names, so the private members' long names are shortened here. Only
  // names that nothing but private members uses are listed (.scripts/private-members.mjs).
  // Privates are read only inside their own class, so each chunk may rename them differently.
  mangle: {properties: {regex: new RegExp(`^(?:${privateMemberNames().join('|')})$`), keep_quoted: true}},
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

/**
 * Modules of the script-tag build that load on demand, as chunks: the QR encoder, the backend
 * code, and the languages other than English and German.
 */
const LAZY_MODULE = /\/src\/(?:qr|backend\/[\w-]+|generated\/locales\/(?!de\.)[\w-]+)\.ts$/;

/** Small modules that both the main file and the chunks use, which each chunk gets a copy of. */
const COPIED_MODULE = /\/(?:src\/(?:version|text-rules|channels\/types)\.ts|node_modules\/@lit\/localize\/internal\/str-tag\.js)$/;

const COPY_PREFIX = '\0copy-for-chunk:';
const COPY_SEPARATOR = '?imported-by=';

/** Returns the path of the module that a copy's id stands for. */
const copiedPath = (copyId) => copyId.slice(COPY_PREFIX.length, copyId.indexOf(COPY_SEPARATOR));

/**
 * The resolveId hook of copySharedModulesIntoChunks: resolves an import of a COPIED_MODULE from
 * a LAZY_MODULE, or from a copy, to a copy of its own.
 */
async function resolveCopies(source, importer, options) {
  if (!importer) {
    return null;
  }
  const fromCopy = importer.startsWith(COPY_PREFIX);
  const realImporter = fromCopy ? copiedPath(importer) : importer;
  if (!fromCopy && !LAZY_MODULE.test(realImporter)) {
    return null;
  }
  // The generated language modules import `str` from the package's main module, whose other
  // code the chunks do not need.
  const target = source === '@lit/localize' ? '@lit/localize/internal/str-tag.js' : source;
  const resolved = await this.resolve(target, realImporter, {...options, skipSelf: true});
  // @rollup/plugin-node-resolve resolves its result once more, which runs this hook and may
  // already return a copy.
  if (resolved?.id.startsWith(COPY_PREFIX)) {
    return resolved;
  }
  if (resolved && !resolved.external && COPIED_MODULE.test(resolved.id)) {
    return `${COPY_PREFIX}${resolved.id}${COPY_SEPARATOR}${realImporter}`;
  }
  // A copy's own imports resolve from the original's folder.
  return fromCopy ? resolved : null;
}

/**
 * Gives each module of a chunk its own copy of the few small modules it shares with the main
 * file, so that no chunk imports the main file. Such an import would name the file as
 * ../messenger-optin.js. It would fail when a site serves the file under another name, and it
 * would load the file a second time when the page adds a query string such as `?ver=2`, as CMSs
 * do. A copy per importing module, not per chunk, keeps tiny shared chunks out of the build, at
 * the cost of a repeat where two modules of one chunk import the same module. The build fails
 * when a chunk still imports the main file, so a new shared module must be listed in
 * COPIED_MODULE.
 */
const copySharedModulesIntoChunks = {
  name: 'copy-shared-modules-into-chunks',
  resolveId: resolveCopies,
  async load(id) {
    if (!id.startsWith(COPY_PREFIX)) {
      return null;
    }
    const original = await this.load({id: copiedPath(id), resolveDependencies: false});
    return {code: original.code, map: null};
  },
  generateBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') {
        continue;
      }
      if (chunk.isEntry && chunk.imports.length > 0) {
        this.error(`The main file ${chunk.fileName} imports ${chunk.imports.join(', ')}, so it is no longer one ` +
          'self-contained file. Keep preserveEntrySignatures: \'allow-extension\' in rollup.config.mjs.');
      }
      if (!chunk.isEntry && chunk.imports.some((name) => bundle[name]?.isEntry)) {
        this.error(`The chunk ${chunk.fileName} imports the main file, so it fails when the main file is renamed or ` +
          'loaded with a query string. Add the shared module it imports to COPIED_MODULE in rollup.config.mjs.');
      }
    }
  },
};

/**
 * Plugins of the script-tag builds, which inline every dependency. `chunks` is whether the build
 * has chunks, which then get copies of the modules they share with the main file, and `module`
 * whether its output is an ES module rather than a classic script.
 */
function cdnPlugins(outDir, {chunks, module = true}) {
  return [
    ...(chunks ? [copySharedModulesIntoChunks] : []),
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
    // A classic script's top-level `var` is its global, which terser drops as unused in a module.
    terser(module ? terserOptions : {...terserOptions, module: false}),
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
    // HTTP client and the fallback SHA-256 are chunks beside it, loaded on first use. No chunk
    // imports the main file, so the file may be renamed or loaded with a query string.
    input: 'src/define.ts',
    // Keeps the main file self-contained. Without this, code that a chunk shares with it would
    // move into a shared chunk that the main file loads first. With it, that code stays in the
    // main file and the chunk imports it, which the copy plugin's check reports.
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
    plugins: cdnPlugins('dist/cdn', {chunks: true}),
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
    plugins: cdnPlugins('dist/cdn', {chunks: false, module: false}),
  },
];
