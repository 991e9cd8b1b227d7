// Source: ITU-T E.164 country code assignments and national dialling plans as known in 2025,
// written by hand and not generated from a machine-readable list.

/**
 * One entry per ISO 3166-1 alpha-2 code, plus XK (Kosovo, user-assigned in ISO 3166 but in
 * common use). Each entry is the country code, its E.164 calling code and an optional marker
 * for the national trunk prefix:
 * - No marker: the trunk prefix is 0, and national numbers are written with it.
 * - `-`: no trunk prefix, and no national number starts with 0.
 * - `=`: no trunk prefix, but a leading 0 belongs to the number (Italian landlines, San Marino,
 *   Vatican, and the 10-digit plans of Côte d'Ivoire, Congo and Benin).
 * - `:` and a comma-separated list: these trunk prefixes instead of 0, longest first. A final
 *   `?` means that national numbers are often written without it, as in NANP countries.
 *
 * AQ, BV, GS, HM, IO, PN, TF and UM have no public numbering plan of their own. They carry the
 * code used by their administering country or its nearest service.
 */
const COUNTRY_TABLE =
  'AD376- AE971 AF93 AG1:1? AI1:1? AL355 AM374 AO244- AQ672 AR54 AS1:1? AT43 AU61 AW297- ' +
  'AX358 AZ994 BA387 BB1:1? BD880 BE32 BF226- BG359 BH973- BI257- BJ229= BL590 BM1:1? ' +
  'BN673- BO591 BQ599- BR55 BS1:1? BT975 BV47 BW267- BY375:80,8,0 BZ501- CA1:1? CC61 CD243 ' +
  'CF236- CG242= CH41 CI225= CK682- CL56- CM237- CN86 CO57- CR506- CU53 CV238- CW599 CX61 ' +
  'CY357- CZ420- DE49 DJ253- DK45- DM1:1? DO1:1? DZ213 EC593 EE372- EG20 EH212 ER291 ES34- ' +
  'ET251 FI358 FJ679- FK500- FM691- FO298- FR33 GA241- GB44 GD1:1? GE995 GF594 GG44 GH233 ' +
  'GI350- GL299- GM220- GN224- GP590 GQ240- GR30- GS500 GT502- GU1:1? GW245- GY592- HK852- ' +
  'HM672 HN504- HR385 HT509- HU36:06 ID62 IE353 IL972 IM44 IN91 IO246 IQ964 IR98 IS354- ' +
  'IT39= JE44 JM1:1? JO962 JP81 KE254 KG996 KH855 KI686 KM269- KN1:1? KP850 KR82 KW965- ' +
  'KY1:1? KZ7:8 LA856 LB961 LC1:1? LI423- LK94 LR231 LS266- LT370:8,0 LU352- LV371- LY218 ' +
  'MA212 MC377 MD373 ME382 MF590 MG261 MH692 MK389 ML223- MM95 MN976 MO853- MP1:1? MQ596 ' +
  'MR222- MS1:1? MT356- MU230- MV960- MW265 MX52- MY60 MZ258- NA264 NC687- NE227- NF672 ' +
  'NG234 NI505- NL31 NO47- NP977 NR674- NU683- NZ64 OM968- PA507- PE51 PF689- PG675- PH63 ' +
  'PK92 PL48- PM508 PN64 PR1:1? PS970 PT351- PW680- PY595 QA974- RE262 RO40 RS381 RU7:8 ' +
  'RW250 SA966 SB677- SC248- SD249 SE46 SG65- SH290- SI386 SJ47- SK421 SL232 SM378= SN221- ' +
  'SO252 SR597- SS211 ST239- SV503- SX1:1? SY963 SZ268- TC1:1? TD235- TF262 TG228- TH66 ' +
  'TJ992:8 TK690- TL670- TM993:8 TN216- TO676- TR90 TT1:1? TV688- TW886 TZ255 UA380 UG256 ' +
  'UM1:1? US1:1? UY598 UZ998:8 VA39= VC1:1? VE58 VG1:1? VI1:1? VN84 VU678- WF681- WS685 ' +
  'XK383 YE967 YT262 ZA27 ZM260 ZW263';

/**
 * Calling codes assigned to no single country: international freephone (800), shared-cost
 * (808), Inmarsat (870), global mobile satellite systems (881), international networks (882,
 * 883), OCHA (888), international premium rate (979), and Ascension Island (247), whose ISO
 * code AC is only reserved.
 */
const NON_COUNTRY_CALLING_CODES = ['247', '800', '808', '870', '881', '882', '883', '888', '979'];

/** Dialling rules of one country. */
export interface CountryDialing {
  /** E.164 country calling code, digits only, e.g. `49`. */
  callingCode: string;
  /** National trunk prefixes, longest first. Empty where the country has none. */
  trunkPrefixes: readonly string[];
  /** Whether national numbers are also written without the trunk prefix, as in NANP countries. */
  trunkPrefixOptional: boolean;
  /** Whether a national significant number may start with 0, as Italian landlines do. */
  leadingZeroSignificant: boolean;
}

const ENTRY_PATTERN = /^([A-Z]{2})(\d{1,3})(?:(-)|(=)|:([\d,]+)(\?)?)?$/;

/**
 * Parses one table entry. Entries are parsed when a country is looked up, not all at load time,
 * because the widget shows its first frame sooner without building 250 objects it mostly never
 * reads. A test parses every entry.
 */
export function parseCountryEntry(entry: string): CountryDialing {
  const match = ENTRY_PATTERN.exec(entry);
  if (!match) {
    throw new Error(`Internal error: malformed calling-code table entry "${entry}".`);
  }
  const [, , callingCode, noTrunk, zeroKept, trunkList, optional] = match;
  const hasNoTrunk = noTrunk !== undefined || zeroKept !== undefined;
  return {
    callingCode,
    trunkPrefixes: hasNoTrunk ? [] : (trunkList ?? '0').split(','),
    trunkPrefixOptional: optional !== undefined,
    leadingZeroSignificant: zeroKept !== undefined,
  };
}

/** Every entry of the table, for tests. */
export const COUNTRY_ENTRIES: readonly string[] = COUNTRY_TABLE.split(' ');

/** Every assigned E.164 calling code, countries' and non-geographic ones, as digit strings. */
export const ASSIGNED_CALLING_CODES: ReadonlySet<string> = new Set([
  ...Array.from(COUNTRY_TABLE.matchAll(/[A-Z]{2}(\d+)/g), (match) => match[1]),
  ...NON_COUNTRY_CALLING_CODES,
]);

// A calling code shared by several countries keeps a leading 0 if any of them does. In this
// table the codes with such a country (39, 225, 229, 242, 378) are not shared with any other.
const CODES_KEEPING_LEADING_ZERO: ReadonlySet<string> = new Set(
  Array.from(COUNTRY_TABLE.matchAll(/[A-Z]{2}(\d+)=/g), (match) => match[1]),
);

/** Returns the dialling rules of an upper-case ISO 3166-1 alpha-2 code, or undefined. */
export function getCountryDialing(isoCode: string): CountryDialing | undefined {
  if (!/^[A-Z]{2}$/.test(isoCode)) {
    return undefined;
  }
  const padded = ` ${COUNTRY_TABLE} `;
  const start = padded.indexOf(` ${isoCode}`) + 1;
  return start === 0 ? undefined : parseCountryEntry(padded.slice(start, padded.indexOf(' ', start)));
}

/**
 * Returns the assigned calling code that `digits` starts with, or undefined. The match is
 * unique because E.164 calling codes are prefix-free.
 */
export function findCallingCode(digits: string): string | undefined {
  for (let length = 1; length <= 3; length++) {
    const candidate = digits.slice(0, length);
    if (candidate.length === length && ASSIGNED_CALLING_CODES.has(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

/** Returns whether numbers under this calling code may have a 0 right after the code. */
export function isLeadingZeroSignificant(callingCode: string): boolean {
  return CODES_KEEPING_LEADING_ZERO.has(callingCode);
}
