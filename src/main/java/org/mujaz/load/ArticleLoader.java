package org.mujaz.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.mujaz.config.YamlNode;
import org.mujaz.config.YamlReader;
import org.mujaz.diag.Diagnostic;
import org.mujaz.diag.DiagnosticException;
import org.mujaz.diag.SourcePosition;
import org.mujaz.model.Article;
import org.mujaz.model.BriefEdits;
import org.mujaz.model.Lang;

/**
 * Reads one article file: Markdown with front matter ({@code .md}) or scraped text ({@code .txt}) with an optional
 * {@code NAME.yaml} sidecar holding the same keys. Errors throw a {@link DiagnosticException} naming file and line;
 * recoverable gaps (no date, unknown keys) go to {@code warnings}.
 */
public final class ArticleLoader {

    private static final int TITLE_WORDS = 14;

    private ArticleLoader() {
    }

    public static boolean isArticle(Path file) {
        String n = file.getFileName().toString();
        // README/SOURCES notes document a content folder (provenance of copied articles); they are not articles.
        boolean note = n.equalsIgnoreCase("README.md") || n.equalsIgnoreCase("SOURCES.md");
        return (n.endsWith(".md") || n.endsWith(".txt")) && !n.startsWith(".") && !note;
    }

    public static Article load(Path file, Consumer<Diagnostic> warnings) {
        return loadWithEdits(file, warnings).article();
    }

    /** The article and the editor's corrections to its brief, from a sidecar or a {@code brief:} block. */
    public static LoadedArticle loadWithEdits(Path file, Consumer<Diagnostic> warnings) {
        String text = SourceText.read(file);
        FrontMatter fm;
        List<BodyParagraph> body;
        if (file.getFileName().toString().endsWith(".txt")) {
            fm = sidecar(file, warnings);
            body = PlainTextBody.paragraphs(text.replace("\r\n", "\n").replace('\r', '\n'), 1);
        } else {
            FrontMatterSplitter.Split split = FrontMatterSplitter.split(file, text);
            fm = split.yaml() == null ? FrontMatter.EMPTY
                    : FrontMatter.from(YamlReader.parse(file, split.yaml(), split.yamlFirstLine()), warnings);
            body = MarkdownBody.paragraphs(split.body(), split.bodyFirstLine());
        }
        body = BoilerplateStripper.strip(body);
        if (body.isEmpty()) throw new DiagnosticException(Diagnostic.error(SourcePosition.of(file, 1), "article has no body text"));
        return new LoadedArticle(assemble(file, fm, body, warnings), edits(file, fm));
    }

    private static BriefEdits edits(Path file, FrontMatter fm) {
        boolean sidecar = BriefEditsReader.exists(file);
        if (sidecar && fm.brief() != null) {
            throw new DiagnosticException(Diagnostic.error(fm.brief().position(),
                    "brief edits are given both here and in " + BriefEditsReader.sidecarOf(file).getFileName(), "keep one of the two"));
        }
        if (sidecar) return BriefEditsReader.readSidecar(BriefEditsReader.sidecarOf(file));
        return fm.brief() == null || fm.brief().isNull() ? null : BriefEditsReader.read(fm.brief());
    }

    private static FrontMatter sidecar(Path file, Consumer<Diagnostic> warnings) {
        String name = file.getFileName().toString();
        Path yaml = file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".yaml");
        if (!Files.isRegularFile(yaml)) return FrontMatter.EMPTY;
        YamlNode doc = YamlReader.parse(yaml, SourceText.read(yaml), 1);
        return FrontMatter.from(doc, warnings);
    }

    private static Article assemble(Path file, FrontMatter fm, List<BodyParagraph> body, Consumer<Diagnostic> warnings) {
        List<String> paragraphs = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (BodyParagraph p : body) {
            paragraphs.add(p.text());
            lines.add(p.line());
        }
        Lang lang = fm.lang() != null ? fm.lang() : ScriptDetector.dominant(String.join(" ", paragraphs));
        String title = fm.title();
        if (title == null || title.isBlank()) {
            title = leadTitle(paragraphs.get(0));
            warnings.accept(Diagnostic.warning(SourcePosition.of(file, 1), "no title; using the opening words of the article"));
        }
        if (fm.date() == null) {
            warnings.accept(Diagnostic.warning(SourcePosition.of(file, 1), "no date: the brief is shown undated and relative dates stay unresolved"));
        }
        return new Article(file, id(file), lang, title.strip(), fm.date(), nz(fm.source()), nz(fm.url()), fm.topics(), fm.persons(),
                fm.slug(), fm.translationKey(), fm.draft(), paragraphs, lines);
    }

    static String id(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    private static String leadTitle(String firstParagraph) {
        String sentence = firstParagraph.split("(?<=[.!?؟])\\s", 2)[0];
        String[] words = sentence.split("\\s+");
        if (words.length <= TITLE_WORDS) return sentence.replaceAll("[.،,]$", "");
        return String.join(" ", java.util.Arrays.copyOf(words, TITLE_WORDS)) + " …";
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
