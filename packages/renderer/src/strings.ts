import {en} from './strings-en.js'
import {zhCN} from './strings-zh.js'

/** Literal types widened (`'目录'` to `string`), tuples and functions kept: the shape every catalogue shares. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? {readonly [K in keyof T]: Widen<T[K]>}
      : T extends object
        ? {readonly [K in keyof T]: Widen<T[K]>}
        : T

/** The reader-facing strings of one language. */
export type Strings = Widen<typeof zhCN>

/** A language with its own catalogue of reader-facing strings. */
export type StringsLang = 'zh-CN' | 'en'

/**
 * Every reader-facing string of the rendered pages, by language: zh-CN and
 * English, with the same keys. Pages take them from the guide's `lang`
 * (see `stringsLangOf`).
 */
export const strings: {readonly [L in StringsLang]: Strings} = {'zh-CN': zhCN, en}

/**
 * The catalogue for a guide's `lang` (a BCP 47 tag): Chinese tags (`zh`,
 * `zh-CN`, `zh-Hans`, ...) get zh-CN, English ones (`en`, `en-GB`, ...) en;
 * any other language falls back to English, with `known: false` so a build
 * can warn about it.
 */
export function stringsLangOf(lang: string): {lang: StringsLang; known: boolean} {
  const primary = lang.toLowerCase().split('-')[0]
  if (primary === 'zh') return {lang: 'zh-CN', known: true}
  return {lang: 'en', known: primary === 'en'}
}

/** The strings for a guide language (English for a language without its own catalogue). */
export function stringsFor(lang: string): Strings {
  return strings[stringsLangOf(lang).lang]
}
