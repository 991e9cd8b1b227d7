// Adapts the custom-elements manifest to Storybook's controls and docs tables, which
// @storybook/web-components 10 builds from the manifest without regard to visibility or types.
import type {Preview} from '@storybook/web-components-vite';

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
type StrictArgTypes = ReturnType<ArgTypesEnhancer>;
type StrictInputType = StrictArgTypes[string];

/** A class member as the analyzer writes it (custom-elements-manifest schema 2.x). */
interface ManifestMember {
  kind: string;
  name: string;
  /** `public`, `protected` or `private`. Absent means public. */
  privacy?: string;
  static?: boolean;
  /** Name of the reflected attribute, when the field has one. */
  attribute?: string;
}

interface ManifestDeclaration {
  kind: string;
  members?: ManifestMember[];
}

/** The parts of a custom-elements manifest that this module reads or rewrites. */
export interface CustomElementsManifest {
  schemaVersion: string;
  modules: Array<{declarations?: ManifestDeclaration[]}>;
}

/**
 * Returns a copy of `manifest` whose classes list only public instance fields without an
 * attribute. Storybook would otherwise show private state as controls, and show every reflected
 * field twice, once as the property (`businessName`) and once as the attribute
 * (`business-name`). The attribute entries stay, because they are what page authors write.
 */
export function publicApiManifest<T extends CustomElementsManifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(isDocumentedMember),
      })),
    })),
  };
}

function isDocumentedMember(member: ManifestMember): boolean {
  const isPublic = member.privacy === undefined || member.privacy === 'public';
  return member.kind === 'field' && isPublic && !member.static && member.attribute === undefined;
}

/**
 * Sets the control of each arg type that Storybook extracted from the manifest. Storybook gives
 * attributes the TypeScript type text (`string | undefined`) as control type, which shows a JSON
 * editor, and gives parts, events and custom properties the type `void`.
 */
export const enhanceManifestArgTypes: ArgTypesEnhancer = ({argTypes}) => {
  const enhanced: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    enhanced[name] = withControl(argType);
  }
  return enhanced;
};

function withControl(argType: StrictInputType): StrictInputType {
  const summary = argType.table?.type?.summary ?? '';
  switch (argType.table?.category) {
    case 'attributes':
      // Attribute values are text, except `heading-level`, which is a number.
      return {...argType, type: {name: /\bnumber\b/.test(summary) ? 'number' : 'string'}};
    case 'css custom properties':
      // Story renders set these on the element's style. Names ending in -color or
      // -background get a colour picker through `controls.matchers` in preview.ts.
      return {...argType, type: {name: 'string'}};
    case 'css shadow parts':
    case 'events':
    case 'properties':
      // Parts and events have no value, and the remaining properties are read-only or take an
      // object (`backend`) that a story creates itself.
      return {...argType, control: false};
    default:
      return argType;
  }
}
