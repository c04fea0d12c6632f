/*
 * Meedoenwijzer text analysis: fold, tokenize, stop words and the original
 * Snowball Dutch stemmer. A line-by-line port of
 * Sources/MWSearch/TextAnalyzer.swift and DutchStemmer.swift; both are checked
 * against Tests/vectors/text-analysis.json. Plain script: defines the global
 * MWAnalyzer (and module.exports under node).
 */
(function (global) {
  'use strict';

  // Snowball's Dutch stop word list (snowballstem.org/algorithms/dutch/stop.txt).
  var STOP_WORDS = new Set((
    'de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om ' +
    'hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar ' +
    'naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al ' +
    'waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd ' +
    'altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere'
  ).split(' '));

  var SPECIAL_FOLDS = {
    'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i', 'ς': 'σ'
  };
  var SPECIAL_RE = /[ßæœøłđðþıς]/g;
  var MARK_RE = /\p{Mn}/gu;
  var TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

  function fold(text) {
    return String(text).normalize('NFKD').replace(MARK_RE, '').toLowerCase()
      .replace(SPECIAL_RE, function (c) { return SPECIAL_FOLDS[c]; });
  }

  // Token ranges [start, end) in UTF-16 code units.
  function tokenSpans(text) {
    var spans = [];
    var m;
    TOKEN_RE.lastIndex = 0;
    while ((m = TOKEN_RE.exec(text)) !== null) spans.push([m.index, m.index + m[0].length]);
    return spans;
  }

  function tokenize(text) {
    text = String(text);
    return tokenSpans(text).map(function (s) {
      return text.slice(s[0], s[1]);
    });
  }

  function isStopWord(word) {
    return STOP_WORDS.has(word);
  }

  // ---- Snowball Dutch stemmer (see DutchStemmer.swift for the notes) ----

  function isVowel(c) {
    return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y' || c === '\u00e8';
  }

  var ACCENTS = {
    '\u00e4': 'a', '\u00e1': 'a', '\u00eb': 'e', '\u00e9': 'e', '\u00ef': 'i', '\u00ed': 'i',
    '\u00f6': 'o', '\u00f3': 'o', '\u00fc': 'u', '\u00fa': 'u'
  };

  function prelude(w) {
    for (var i = 0; i < w.length; i++) if (ACCENTS[w[i]]) w[i] = ACCENTS[w[i]];
    if (w[0] === 'y') w[0] = 'Y';
    var cursor = 0;
    for (;;) {
      var found = false;
      for (var p = cursor; p < w.length; p++) {
        if (isVowel(w[p]) && p + 1 < w.length) {
          if (w[p + 1] === 'i' && p + 2 < w.length && isVowel(w[p + 2])) {
            w[p + 1] = 'I'; cursor = p + 3; found = true; break;
          }
          if (w[p + 1] === 'y') {
            w[p + 1] = 'Y'; cursor = p + 2; found = true; break;
          }
        }
      }
      if (!found) break;
    }
  }

  function markRegions(w) {
    var n = w.length, p1 = n, p2 = n, i = 0;
    while (i < n && !isVowel(w[i])) i++;
    if (i >= n) return [p1, p2];
    i++;
    while (i < n && isVowel(w[i])) i++;
    if (i >= n) return [p1, p2];
    i++;
    p1 = Math.max(i, 3);
    while (i < n && !isVowel(w[i])) i++;
    if (i >= n) return [p1, p2];
    i++;
    while (i < n && isVowel(w[i])) i++;
    if (i >= n) return [p1, p2];
    p2 = i + 1;
    return [p1, p2];
  }

  function ends(w, suffix) {
    var n = w.length, k = suffix.length;
    if (n < k) return false;
    for (var i = 0; i < k; i++) if (w[n - k + i] !== suffix[i]) return false;
    return true;
  }

  function undouble(w) {
    if (ends(w, 'kk') || ends(w, 'dd') || ends(w, 'tt')) w.pop();
  }

  function enEnding(w, start, p1) {
    if (start < p1 || start <= 0 || isVowel(w[start - 1])) return false;
    if (start >= 3 && w[start - 3] === 'g' && w[start - 2] === 'e' && w[start - 1] === 'm') return false;
    w.length = start;
    undouble(w);
    return true;
  }

  function eEnding(w, p1) {
    if (!ends(w, 'e')) return false;
    var start = w.length - 1;
    if (start < p1 || start <= 0 || isVowel(w[start - 1])) return false;
    w.pop();
    undouble(w);
    return true;
  }

  function standardSuffix(w, p1, p2) {
    var start;
    // Step 1
    if (ends(w, 'heden')) {
      if (w.length - 5 >= p1) w.splice(w.length - 3, 3, 'i', 'd');
    } else if (ends(w, 'ene')) {
      enEnding(w, w.length - 3, p1);
    } else if (ends(w, 'en')) {
      enEnding(w, w.length - 2, p1);
    } else if (ends(w, 'se') || ends(w, 's')) {
      start = w.length - (ends(w, 'se') ? 2 : 1);
      if (start >= p1 && start > 0 && !isVowel(w[start - 1]) && w[start - 1] !== 'j') w.length = start;
    }

    // Step 2
    var eFound = eEnding(w, p1);

    // Step 3a
    if (ends(w, 'heid')) {
      start = w.length - 4;
      if (start >= p2 && !(start > 0 && w[start - 1] === 'c')) {
        w.length = start;
        if (ends(w, 'en')) enEnding(w, w.length - 2, p1);
      }
    }

    // Step 3b: the longest of end, ing, ig, lijk, baar, bar
    if (ends(w, 'lijk')) {
      if (w.length - 4 >= p2) { w.length -= 4; eEnding(w, p1); }
    } else if (ends(w, 'baar')) {
      if (w.length - 4 >= p2) w.length -= 4;
    } else if (ends(w, 'end') || ends(w, 'ing')) {
      if (w.length - 3 >= p2) {
        w.length -= 3;
        var igStart = w.length - 2;
        if (ends(w, 'ig') && igStart >= p2 && !(igStart > 0 && w[igStart - 1] === 'e')) w.length -= 2;
        else undouble(w);
      }
    } else if (ends(w, 'bar')) {
      if (w.length - 3 >= p2 && eFound) w.length -= 3;
    } else if (ends(w, 'ig')) {
      start = w.length - 2;
      if (start >= p2 && !(start > 0 && w[start - 1] === 'e')) w.length -= 2;
    }

    // Step 4: undouble a vowel in a final C-VV-D (D not I).
    var n = w.length;
    if (n >= 4) {
      var d = w[n - 1], v = w[n - 2];
      if (!isVowel(d) && d !== 'I' && w[n - 3] === v &&
          (v === 'a' || v === 'e' || v === 'o' || v === 'u') && !isVowel(w[n - 4])) {
        w.splice(n - 2, 1);
      }
    }
  }

  // Input: one lowercase word.
  function stem(word) {
    var w = Array.from(String(word));
    prelude(w);
    var regions = markRegions(w);
    standardSuffix(w, regions[0], regions[1]);
    return w.join('').replace(/I/g, 'i').replace(/Y/g, 'y');
  }

  function analyze(text) {
    var out = [];
    var tokens = tokenize(fold(text));
    for (var i = 0; i < tokens.length; i++) {
      if (!STOP_WORDS.has(tokens[i])) out.push(stem(tokens[i]));
    }
    return out;
  }

  var api = {
    fold: fold, tokenize: tokenize, tokenSpans: tokenSpans,
    isStopWord: isStopWord, stem: stem, analyze: analyze
  };
  global.MWAnalyzer = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
