import {expect} from '@open-wc/testing';
import {vCardFileName} from '../src/vcard.js';

/** Applies the rule for any name in full: NFKD without marks, then `-` for each run of other characters than letters and digits. */
function unicodeRule(name: string): string {
  const base = name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${base || 'contact'}.vcf`;
}

describe('vCardFileName', () => {
  it('gives every printable ASCII name the result of the Unicode rule', () => {
    const printable = Array.from({length: 95}, (_, i) => String.fromCharCode(0x20 + i)).join('');
    const names = [printable, `--${printable}--`, 'Example Coffee Roasters', '', '   ', '!!!', 'A'.repeat(70)];
    for (const name of names) {
      expect(vCardFileName(name), JSON.stringify(name)).to.equal(unicodeRule(name));
    }
  });

  it('drops accents and keeps the letters of a name outside ASCII', () => {
    expect(vCardFileName('Bäckerei Müller & Söhne')).to.equal('Backerei-Muller-Sohne.vcf');
    expect(vCardFileName('Кофе Москва')).to.equal('Кофе-Москва.vcf');
    expect(vCardFileName('Café\u00a0Noir')).to.equal('Cafe-Noir.vcf');
    expect(vCardFileName('Ærø Straße')).to.equal('Ærø-Straße.vcf');
  });

  it('falls back to contact when no letter or digit is left', () => {
    expect(vCardFileName('***')).to.equal('contact.vcf');
    expect(vCardFileName('★★')).to.equal('contact.vcf');
  });
});
