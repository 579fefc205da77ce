package org.lexgap.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.stemmer.PorterStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens and lemmas with the OpenNLP English models from Maven Central (bundled in the jar, never
 * downloaded). The ME classes are not thread-safe, so calls are synchronized; one instance serves the run.
 *
 * <p>Why the extra care: the stock sentence model splits after "s.", "Art.", "No." and "Cap.", which statutes
 * are full of, so such splits are undone; and the ME lemmatizer is slow (thousands of tokens per second), so
 * lemmas are cached by (token, tag) and computed without context on a miss.
 */
public final class LanguageAnalyzer {

  private static final String SENT_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /** Abbreviations after which a full stop does not end a sentence in legislation. */
  private static final Set<String> NO_BREAK_AFTER = Set.of(
      "s", "ss", "sec", "secs", "art", "arts", "no", "nos", "cap", "para", "paras", "sub", "subs", "reg",
      "regs", "sch", "ch", "pt", "cl", "vol", "p", "pp", "e.g", "i.e", "viz", "cf", "etc", "inc", "co", "ltd",
      "mr", "mrs", "dr", "st", "r", "l", "al", "ord", "act", "rev");

  private static volatile LanguageAnalyzer shared;

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;
  private final Map<String, String> lemmaCache = new HashMap<>();
  private final Map<String, String> stemCache = new HashMap<>();
  private final PorterStemmer stemmer = new PorterStemmer();
  private static final Pattern BRITISH_ISE =
      Pattern.compile("(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$");

  private LanguageAnalyzer() {
    try {
      sentences = new SentenceDetectorME(new SentenceModel(open(SENT_MODEL)));
      tokenizer = new TokenizerME(new TokenizerModel(open(TOKEN_MODEL)));
      tagger = new POSTaggerME(new POSModel(open(POS_MODEL)));
      lemmatizer = new LemmatizerME(new LemmatizerModel(open(LEMMA_MODEL)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the bundled OpenNLP models", e);
    }
  }

  /** The process-wide analyser; models load once, on first use. */
  public static LanguageAnalyzer shared() {
    LanguageAnalyzer a = shared;
    if (a == null) {
      synchronized (LanguageAnalyzer.class) {
        a = shared;
        if (a == null) {
          a = new LanguageAnalyzer();
          shared = a;
        }
      }
    }
    return a;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = LanguageAnalyzer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model " + resource + " is not on the classpath");
    }
    return in;
  }

  /** Splits a provision's text into sentences (never across lines the structure stage kept apart). */
  public synchronized List<Sentence> sentences(String text) {
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    int n = text.length();
    while (lineStart <= n) {
      int nl = text.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? n : nl;
      if (lineEnd > lineStart) {
        splitLine(text, lineStart, lineEnd, out);
      }
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
    return out;
  }

  private void splitLine(String text, int from, int to, List<Sentence> out) {
    String line = text.substring(from, to);
    Span[] spans = sentences.sentPosDetect(line);
    List<int[]> merged = new ArrayList<>();
    for (Span s : spans) {
      if (!merged.isEmpty() && endsWithAbbreviation(line, merged.get(merged.size() - 1)[1])) {
        merged.get(merged.size() - 1)[1] = s.getEnd();
      } else {
        merged.add(new int[] {s.getStart(), s.getEnd()});
      }
    }
    if (merged.isEmpty() && !line.isBlank()) {
      merged.add(new int[] {0, line.length()});
    }
    for (int[] m : merged) {
      String s = line.substring(m[0], m[1]);
      if (s.isBlank()) {
        continue;
      }
      List<Token> toks = tokensAt(s, from + m[0]);
      out.add(new Sentence(s, from + m[0], from + m[1], toks));
    }
  }

  private static boolean endsWithAbbreviation(String line, int end) {
    if (end < 2 || line.charAt(end - 1) != '.') {
      return false;
    }
    int i = end - 2;
    while (i >= 0 && (Character.isLetter(line.charAt(i)) || line.charAt(i) == '.')) {
      i--;
    }
    String word = line.substring(i + 1, end - 1).toLowerCase(Locale.ROOT);
    return NO_BREAK_AFTER.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
  }

  /** Tokens with lemmas for a short text (a sentence, or a concept's term). */
  public synchronized List<Token> tokens(String text) {
    return tokensAt(text, 0);
  }

  private List<Token> tokensAt(String text, int offset) {
    Span[] spans = splitPossessives(splitAtDashes(tokenizer.tokenizePos(text), text), text);
    String[] words = Span.spansToStrings(spans, text);
    if (words.length == 0) {
      return List.of();
    }
    String[] tags = tagger.tag(words);
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      String lower = words[i].toLowerCase(Locale.ROOT);
      out.add(new Token(words[i], lower, lemma(lower, tags[i]), stem(lower),
          offset + spans[i].getStart(), offset + spans[i].getEnd()));
    }
    return out;
  }

  /** Porter stem after folding British -ise/-isation spellings to -ize, so both spellings meet. */
  public String stem(String lower) {
    String s = stemCache.get(lower);
    if (s == null) {
      String w = BRITISH_ISE.matcher(lower).replaceFirst("iz$1");
      s = w.length() <= 3 || !Character.isLetter(w.charAt(0)) ? w : stemmer.stem(w).toString();
      if (stemCache.size() < 200_000) {
        stemCache.put(lower, s);
      }
    }
    return s;
  }

  /**
   * The model leaves dashes glued to words in statutory text ("unlawfully—(a)"), which hides the word: split
   * tokens at em and en dashes, keeping each dash as a token of its own.
   */
  private static Span[] splitAtDashes(Span[] spans, String text) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      boolean dash = false;
      for (int k = sp.getStart(); k < sp.getEnd(); k++) {
        char c = text.charAt(k);
        if ((c == '\u2014' || c == '\u2013') && sp.length() > 1) {
          dash = true;
          break;
        }
      }
      if (!dash) {
        if (out != null) {
          out.add(sp);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, i));
      }
      int start = sp.getStart();
      for (int k = sp.getStart(); k < sp.getEnd(); k++) {
        char c = text.charAt(k);
        if (c == '\u2014' || c == '\u2013') {
          if (k > start) {
            out.add(new Span(start, k));
          }
          out.add(new Span(k, k + 1));
          start = k + 1;
        }
      }
      if (start < sp.getEnd()) {
        out.add(new Span(start, sp.getEnd()));
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /** "subscriber’s" is "subscriber" + "’s", so that "subscriber’s information" reads as subscriber information. */
  private static Span[] splitPossessives(Span[] spans, String text) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int end = sp.getEnd();
      boolean possessive = sp.length() > 3 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
          && Character.isLetter(text.charAt(end - 3));
      if (!possessive) {
        if (out != null) {
          out.add(sp);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(List.of(spans).subList(0, i));
      }
      out.add(new Span(sp.getStart(), end - 2));
      out.add(new Span(end - 2, end));
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  private String lemma(String lower, String tag) {
    if (!Character.isLetter(lower.charAt(0))) {
      return lower;
    }
    String key = lower + '\u0000' + tag;
    String cached = lemmaCache.get(key);
    if (cached != null) {
      return cached;
    }
    String l = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
    // The model answers "O" (or nothing useful) for words it cannot lemmatise: keep the surface form.
    String lemma = l == null || l.isEmpty() || l.equals("O") ? lower : l.toLowerCase(Locale.ROOT);
    if (lemmaCache.size() < 200_000) {
      lemmaCache.put(key, lemma);
    }
    return lemma;
  }
}
