package org.mujaz.load;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Markdown body → plain-text paragraphs. Extraction works on text, so inline markup is dropped; raw HTML blocks
 * keep only their text (jsoup), which also disarms hostile markup before anything is rendered.
 */
public final class MarkdownBody {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    private MarkdownBody() {
    }

    public static List<BodyParagraph> paragraphs(String markdown, int firstLine) {
        List<BodyParagraph> out = new ArrayList<>();
        collect(PARSER.parse(markdown), firstLine, out);
        return out;
    }

    private static void collect(Node node, int firstLine, List<BodyParagraph> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                add(new TextCollectingVisitor().collectAndGetText(child), child, firstLine, out);
            } else if (child instanceof HtmlBlock) {
                add(Jsoup.parse(child.getChars().toString()).text(), child, firstLine, out);
            } else if (!(child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock)) {
                collect(child, firstLine, out); // block quotes, lists, tables: their paragraphs count
            }
        }
    }

    private static void add(String text, Node node, int firstLine, List<BodyParagraph> out) {
        String t = text.replaceAll("\\s+", " ").strip();
        if (!t.isEmpty()) out.add(new BodyParagraph(t, firstLine + node.getStartLineNumber()));
    }
}
