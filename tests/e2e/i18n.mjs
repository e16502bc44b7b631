// The browser tests' one source of truth for labels in each language: assets/i18n/fi.po, the catalogue
// the product embeds. translator('fi').t('Save') is what the Finnish UI shows for "Save" ("Tallenna");
// an entry with no translation yet shows in English, as the product does.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

export const LANGUAGES = (process.env.PRM_E2E_LANGS || 'en,fi').split(',').map((s) => s.trim()).filter(Boolean);
export const PO_FILE = path.join(ROOT, 'assets', 'i18n', 'fi.po');

function unquote(s) {
  return JSON.parse(s.replace(/\\([^"\\nt])/g, '$1'));
}

// Reads a gettext .po file: Map of "context\u0004msgid" (or msgid) → { str: [msgstr, ...], plural }.
export function readPo(file = PO_FILE) {
  const entries = new Map();
  let cur = null;
  let field = null;
  const flush = () => {
    if (cur && cur.msgid !== undefined && cur.msgid !== '') {
      const key = cur.msgctxt !== undefined ? cur.msgctxt + '\u0004' + cur.msgid : cur.msgid;
      entries.set(key, { str: cur.msgstr, plural: cur.msgid_plural });
    }
    cur = null;
  };
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      if (line.startsWith('#~')) continue;
      if (line === '' ) { flush(); field = null; }
      continue;
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && cur && cur.msgid !== undefined)) flush();
      if (!cur) cur = { msgstr: [] };
      const value = unquote(m[3]);
      if (m[1].startsWith('msgstr')) {
        field = { name: 'msgstr', index: m[2] !== undefined ? Number(m[2]) : 0 };
        cur.msgstr[field.index] = value;
      } else {
        field = { name: m[1] };
        cur[m[1]] = value;
      }
    } else if (line.startsWith('"') && cur && field) {
      const value = unquote(line);
      if (field.name === 'msgstr') cur.msgstr[field.index] += value;
      else cur[field.name] += value;
    }
  }
  flush();
  return entries;
}

let cached = null;
function catalogue() {
  if (!cached) cached = readPo();
  return cached;
}

export const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Labels in one language. t: one text (with an optional msgctxt); tn: the plural form for n ("lead"/
// "leads"); tf: a pattern with {0}, {1}… filled in; re: a RegExp matching a translated text, where a
// placeholder matches anything (re('Step {0} of {1}: {2}', {exact: false})).
export function translator(lang) {
  const fi = lang === 'fi';
  const t = (english, context) => {
    if (!fi) return english;
    const e = catalogue().get(context !== undefined ? context + '\u0004' + english : english);
    return e && e.str[0] ? e.str[0] : english;
  };
  const tn = (one, many, n) => {
    if (!fi) return n === 1 ? one : many;
    const e = catalogue().get(one);
    const form = n !== 1 ? 1 : 0;  // Plural-Forms: nplurals=2; plural=(n != 1)
    return e && e.str[form] ? e.str[form] : (n === 1 ? one : many);
  };
  const fill = (pattern, args) => pattern.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  const tf = (pattern, args = []) => fill(t(pattern), args);
  const re = (pattern, { exact = true } = {}) => {
    const body = t(pattern).split(/(\{\d+\})/).map((p) => (/^\{\d+\}$/.test(p) ? '.*' : escapeRe(p))).join('');
    return new RegExp(exact ? `^${body}$` : body);
  };
  // A sentence with data in it, as a RegExp that matches it worded either way the UI may build it: the
  // whole-sentence pattern translated (trf), or the pieces between the placeholders translated one by one.
  const built = (pattern, args = [], { exact = true } = {}) => {
    const whole = escapeRe(tf(pattern, args));
    const pieces = pattern.split(/(\{\d+\})/).map((p) => {
      const m = /^\{(\d+)\}$/.exec(p);
      return escapeRe(m ? String(args[Number(m[1])]) : (p ? t(p) : ''));
    }).join('');
    const body = `(?:${whole}|${pieces})`;
    return new RegExp(exact ? `^${body}$` : body);
  };
  return { lang, t, tn, tf, re, built };
}

// True when the catalogue has a Finnish text for `english` (the screens test tells a missing
// translation from a word that is the same in both languages).
export function hasTranslation(english) {
  const e = catalogue().get(english);
  return Boolean(e && e.str[0]);
}

// Every English source text and its Finnish translation (empty when not translated yet).
export function allEntries() {
  return catalogue();
}
