package org.dateline.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word-by-word search answers exactly as the regex it stands for. */
class AlternationTest {
    @Test
    void answersAsTheRegexForClassNamesOfRealPages() {
        Alternation negative = Alternation.of(Pattern.compile(
                "comment|sidebar|foot\\b|nav|\\bads?\\b|\\bad-|-ad\\b|\\btags?\\b|rich-?text|author-?bio"));
        assertThat(negative.find("article-body entry-content")).isFalse();
        assertThat(negative.find("site-footer")).isFalse();
        assertThat(negative.find("foot")).isTrue();
        assertThat(negative.find("page-foot main")).isTrue();
        assertThat(negative.find("header-ad")).isTrue();
        assertThat(negative.find("ads")).isTrue();
        assertThat(negative.find("loads")).isFalse();
        assertThat(negative.find("tag-cloud")).isTrue();
        assertThat(negative.find("stage")).isFalse();
        assertThat(negative.find("richtext")).isTrue();
        assertThat(negative.find("authorbio")).isTrue();
        assertThat(negative.find("main-navigation")).isTrue();
    }

    @Test
    void anOpeningGroupOfWordsIsRequiredAsOneOfThem() {
        assertThat(Alternation.requiredAnyOf("(?:image|img|photo)[-_]?(?:credit|caption)"))
                .containsExactly("image", "img", "photo");
        // An optional group says nothing; a choice with regex syntax gives its own run.
        assertThat(Alternation.requiredAnyOf("(?:image|img)?caption")).isNull();
        assertThat(Alternation.requiredAnyOf("(?:ima?ge|xy)[-_]?caption")).containsExactly("im", "xy");
        assertThat(Alternation.requiredAnyOf("(?:a|[bc])d")).isNull();
        Alternation credit = Alternation.of(Pattern.compile("byline|(?:image|photo)[-_]?(?:credit|caption)|\\bads?\\b"));
        assertThat(credit.find("article-photo-caption")).isTrue();
        assertThat(credit.find("photo gallery caption")).isFalse();
        assertThat(credit.find("header loads")).isFalse();
        assertThat(credit.find("header ad-slot")).isTrue();
        assertThat(Alternation.of(Pattern.compile("(a)x\\1|(b)y\\2|plain")).find("byb")).isTrue();
    }

    @Test
    void positiveWordsOutsideStrongNegativeWordsAsTheReplacementLeavesThem() {
        Pattern strongWord = Pattern.compile(
                "[\\w-]*(?:comment|share|social|related|caption|credit|byline|footer|embed|legend|author)[\\w-]*");
        Pattern positive = Pattern.compile(
                "article|body|content|entry|main|page|post|text|blog|story|prose|paragraph|rich-?text|markdown|column");
        for (String h : List.of("article-body comments-count", "comments", "post-comments", "entry-content share-bar",
                "article-share", "main\u00e9comment", "caption\u00e9article", "rich-text author-box", "", "  ",
                "social_share article_text", "byline-article")) {
            assertThat(ContentExtractor.positiveOutsideStrongWords(h)).as(h)
                    .isEqualTo(positive.matcher(strongWord.matcher(h).replaceAll("")).find());
        }
    }

    @Test
    void requiredRunsLeaveOutWhatMayBeAbsent() {
        assertThat(Alternation.requiredRun("\\bads?\\b")).isEqualTo("ad");
        assertThat(Alternation.requiredRun("author-?bio")).isEqualTo("author");
        assertThat(Alternation.requiredRun("x{2,3}yz")).isEqualTo("yz");
        assertThat(Alternation.requiredRun("\\x41bc")).isNull();
        assertThat(Alternation.requiredRun("(?:ab|cd)")).isNull();
        assertThat(Alternation.requiredRun("\\p{L}+ab")).isEqualTo("ab");
    }

    @Test
    void patternsThatCannotBeSplitAreLeftToTheRegex() {
        assertThat(Alternation.topLevelAlternatives("(?i)ab|cd")).isNull();
        assertThat(Alternation.topLevelAlternatives("ab||cd")).isNull();
        assertThat(Alternation.topLevelAlternatives("[a|b]c|d")).containsExactly("[a|b]c", "d");
        assertThat(Alternation.topLevelAlternatives("(?:a|b)c|d")).containsExactly("(?:a|b)c", "d");
        Alternation ci = Alternation.of(Pattern.compile("comment|share", Pattern.CASE_INSENSITIVE));
        assertThat(ci.find("COMMENTS")).isTrue();
    }

    /** Every static pattern of the page stage, on strings made of its own words, cut and joined at random. */
    @Test
    void everyPatternOfThePageStageAnswersAsItsRegex() throws Exception {
        Random random = new Random(7);
        int checked = 0;
        for (Class<?> c : List.of(ContentExtractor.class, HtmlMetadata.class, Titles.class, Disclosures.class, Boilerplate.class,
                Dates.class, PlainTextReader.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Pattern.class) continue;
                f.setAccessible(true);
                Pattern p = (Pattern) f.get(null);
                Alternation fast = Alternation.of(p);
                List<String> words = new ArrayList<>(List.of(p.pattern().split("[^\\p{L}\\d-]+")));
                words.removeIf(String::isEmpty);
                words.addAll(List.of(" ", "-", "_", "a", "s", "ad", "x", "é", "1", "2021", ":", "/"));
                for (int i = 0; i < 400; i++) {
                    StringBuilder sb = new StringBuilder();
                    int n = 1 + random.nextInt(6);
                    for (int k = 0; k < n; k++) {
                        String w = words.get(random.nextInt(words.size()));
                        int from = random.nextInt(3) == 0 ? random.nextInt(w.length()) : 0;
                        sb.append(w, from, w.length());
                        if (random.nextBoolean()) sb.append(random.nextBoolean() ? " " : "-");
                    }
                    String s = sb.toString();
                    assertThat(fast.find(s)).as("%s.%s on \"%s\"", c.getSimpleName(), f.getName(), s)
                            .isEqualTo(p.matcher(s).find());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(4000);
    }
}
