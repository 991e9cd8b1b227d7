// Finds the names of the private class members in src/ that the script-tag build may shorten with
// terser's property mangling. Terser renames a property name everywhere in a chunk, so a name is
// kept when anything other than a private member uses it.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';

const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

/** Returns the .ts files of src/, without the generated language modules. */
function sourceFiles() {
  return readdirSync(sourceDir, {recursive: true})
    .filter((file) => file.endsWith('.ts') && !file.startsWith(`generated${path.sep}`))
    .map((file) => path.join(sourceDir, file));
}

/**
 * Returns the property names that TypeScript's own declaration files (the DOM and ECMAScript
 * libraries) declare, read with a pattern that catches more than it should, which is the safe
 * direction here.
 */
function standardLibraryNames() {
  const libraryDir = path.dirname(ts.getDefaultLibFilePath({}));
  const names = new Set();
  for (const file of readdirSync(libraryDir).filter((name) => /^lib\..*\.d\.ts$/.test(name))) {
    const text = readFileSync(path.join(libraryDir, file), 'utf8');
    for (const match of text.matchAll(/^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*[(:<]/gm)) {
      names.add(match[1]);
    }
  }
  return names;
}

/**
 * Returns the names declared only by `private` class members in src/. A name is left out when it
 * is also a public or protected member, an interface or object-literal property, a destructured
 * property, a string literal (so `'name' in object` and bracket access keep working), or a
 * property name of the standard library.
 */
export function privateMemberNames() {
  const privateNames = new Set();
  const otherNames = new Set();
  for (const file of sourceFiles()) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      const isMember = ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) ||
        ts.isGetAccessor(node) || ts.isSetAccessor(node) || ts.isParameter(node);
      if (isMember && node.name && ts.isIdentifier(node.name)) {
        const isPrivate = (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private) !== 0;
        if (isPrivate) {
          privateNames.add(node.name.text);
        } else if (!ts.isParameter(node)) {
          otherNames.add(node.name.text);
        }
      } else if ((ts.isPropertySignature(node) || ts.isMethodSignature(node) || ts.isPropertyAssignment(node) ||
          ts.isShorthandPropertyAssignment(node)) && node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
        otherNames.add(node.name.text);
      } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        otherNames.add(node.text);
      } else if (ts.isBindingElement(node)) {
        otherNames.add((node.propertyName ?? node.name).getText(source));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  const libraryNames = standardLibraryNames();
  return [...privateNames].filter((name) => !otherNames.has(name) && !libraryNames.has(name)).sort();
}
