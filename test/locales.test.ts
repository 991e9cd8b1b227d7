import {expect, fixture, html} from '@open-wc/testing';
import type {StrResult, TemplateMap} from '@lit/localize';
import '../src/define.js';
import type {MessengerOptin} from '../src/messenger-optin.js';
import {SOURCE_LOCALE, SUPPORTED_LOCALES} from '../src/localization.js';

const TARGET_LOCALES = SUPPORTED_LOCALES.filter((locale) => locale !== SOURCE_LOCALE);

interface Unit {
  source: string;
  target: string;
}

/** Reads an XLIFF file into units keyed by id, with placeholders written as `{index}`. */
async function readXliff(locale: string): Promise<Map<string, Unit>> {
  const response = await fetch(`/locales/${locale}.xlf`);
  expect(response.ok, `locales/${locale}.xlf`).to.equal(true);
  const document = new DOMParser().parseFromString(await response.text(), 'application/xml');
  expect(document.querySelector('parsererror'), `locales/${locale}.xlf parses`).to.equal(null);
  const text = (element: Element | null) => {
    if (!element) {
      return '';
    }
    let value = '';
    for (const node of element.childNodes) {
      value += node.nodeType === Node.ELEMENT_NODE ? `{${(node as Element).getAttribute('id')}}` : node.textContent;
    }
    return value;
  };
  const units = new Map<string, Unit>();
  for (const unit of document.querySelectorAll('trans-unit')) {
    units.set(unit.getAttribute('id')!, {source: text(unit.querySelector('source')), target: text(unit.querySelector('target'))});
  }
  return units;
}

/** Writes a generated template with its placeholders as `{index}`, like `readXliff`. */
function templateText(template: TemplateMap[string]): string {
  if (typeof template === 'string') {
    return template;
  }
  const {strings, values} = template as StrResult;
  return strings.reduce((text, part, i) => text + (i > 0 ? `{${values[i - 1]}}` : '') + part, '');
}

describe('translations', () => {
  it('cover every locale in lit-localize.json', async () => {
    const config = await (await fetch('/locales/lit-localize.json')).json();
    expect([...TARGET_LOCALES].sort()).to.deep.equal([...config.targetLocales].sort());
  });

  for (const locale of TARGET_LOCALES) {
    describe(locale, () => {
      it('translates every unit', async () => {
        const units = await readXliff(locale);
        const reference = await readXliff('de');
        expect([...units.keys()].sort()).to.deep.equal([...reference.keys()].sort());
        for (const [id, unit] of units) {
          expect(unit.target.trim(), `${locale} ${id} target`).not.to.equal('');
          expect(unit.source, `${locale} ${id} source`).to.equal(reference.get(id)!.source);
          const placeholders = (value: string) => (value.match(/\{\d+\}/g) ?? []).sort();
          expect(placeholders(unit.target), `${locale} ${id} placeholders`).to.deep.equal(placeholders(unit.source));
        }
      });

      it('matches its generated module', async () => {
        const units = await readXliff(locale);
        // The test server maps only literal `.js` imports to their `.ts` sources, so this
        // computed path names the `.ts` file itself.
        const {templates} = (await import(`../src/generated/locales/${locale}.ts`)) as {templates: TemplateMap};
        expect(Object.keys(templates).sort()).to.deep.equal([...units.keys()].sort());
        for (const [id, unit] of units) {
          expect(templateText(templates[id]), `${locale} ${id}; run npm run localize:build`).to.equal(unit.target);
        }
      });

      it('renders translated widget', async () => {
        const wrapper = await fixture(html`<div lang=${locale}><messenger-optin whatsapp="+49 171 1234567"
          business-name="Acme" privacy-url="https://example.com/privacy"></messenger-optin></div>`);
        const element = wrapper.querySelector('messenger-optin') as MessengerOptin;
        const container = () => element.shadowRoot!.querySelector('[part="container"]')!;
        for (let attempt = 0; attempt < 100 && container().getAttribute('lang') !== locale; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 10));
          await element.updateComplete;
        }
        expect(container().getAttribute('lang')).to.equal(locale);
        const units = await readXliff(locale);
        const heading = element.shadowRoot!.querySelector('[part="heading"]')!.textContent;
        expect(heading).to.equal(units.get('heading')!.target);
        await expect(element).to.be.accessible();
      });
    });
  }
});
