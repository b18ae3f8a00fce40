package org.mujaz.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mujaz.model.Lang;

/**
 * Reads {@code mujaz.yaml}:
 * <pre>
 * title: {ar: موجز, en: Mujaz}
 * baseUrl: https://briefs.example.org/
 * languages: [{code: ar, dir: rtl}, {code: en, dir: ltr}]   # first is the default, served at /
 * paths: {content: content, seeds: seeds, templates: templates, output: site-output}
 * </pre>
 * A missing file means all defaults; unknown keys and bad values are errors naming the line.
 */
public final class SiteConfigLoader {

    public static final String FILE_NAME = "mujaz.yaml";

    private SiteConfigLoader() {
    }

    public static SiteConfig load(Path root) {
        Path file = root.resolve(FILE_NAME);
        SiteConfig d = SiteConfig.defaults(root);
        if (!Files.isRegularFile(file)) return d;
        String text = DataFiles.read(file);
        YamlNode doc = YamlReader.parse(file, text, 1);
        doc.requireKnownKeys(Set.of("title", "baseUrl", "languages", "paths"), FILE_NAME);
        Map<Lang, String> titles = titles(doc.get("title"), d.titles());
        String baseUrl = baseUrl(doc.get("baseUrl"), d.baseUrl());
        List<Lang> languages = languages(doc.get("languages"), d.languages());
        YamlNode paths = doc.get("paths");
        if (paths == null) return new SiteConfig(root, titles, baseUrl, languages, d.contentDir(), d.seedsDir(), d.templatesDir(), d.outputDir());
        paths.requireKnownKeys(Set.of("content", "seeds", "templates", "output"), "paths");
        return new SiteConfig(root, titles, baseUrl, languages,
                path(root, paths.get("content"), d.contentDir()),
                path(root, paths.get("seeds"), d.seedsDir()),
                path(root, paths.get("templates"), d.templatesDir()),
                path(root, paths.get("output"), d.outputDir()));
    }

    private static Map<Lang, String> titles(YamlNode node, Map<Lang, String> fallback) {
        if (node == null) return fallback;
        Map<Lang, String> out = new EnumMap<>(fallback);
        for (Map.Entry<String, YamlNode> e : node.entries().entrySet()) {
            Lang lang = Lang.fromCode(e.getKey());
            if (lang == null) throw e.getValue().error("unknown language '" + e.getKey() + "' in title", "use ar or en");
            out.put(lang, e.getValue().text());
        }
        return out;
    }

    private static String baseUrl(YamlNode node, String fallback) {
        if (node == null) return fallback;
        String url = node.text().trim();
        if (!SiteConfig.isBaseUrl(url)) {
            throw node.error("baseUrl '" + url + "' is not an absolute http(s) URL", "e.g. https://briefs.example.org/");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    private static List<Lang> languages(YamlNode node, List<Lang> fallback) {
        if (node == null) return fallback;
        List<Lang> out = new ArrayList<>();
        for (YamlNode item : node.items()) {
            String code = item.kind() == YamlNode.Kind.SCALAR ? item.text() : item.text("code", null);
            Lang lang = Lang.fromCode(code);
            if (lang == null) throw item.error("unknown language '" + code + "'", "supported: ar, en");
            if (item.kind() == YamlNode.Kind.MAP) {
                item.requireKnownKeys(Set.of("code", "dir"), "a language");
                String dir = item.text("dir", lang.dir());
                if (!dir.equals(lang.dir())) throw item.get("dir").error("language " + code + " is written " + lang.dir() + ", not " + dir, null);
            }
            if (out.contains(lang)) throw item.error("language " + code + " is listed twice", null);
            out.add(lang);
        }
        if (out.isEmpty()) throw node.error("no languages listed", "list at least one of ar, en");
        return out;
    }

    private static Path path(Path root, YamlNode node, Path fallback) {
        if (node == null) return fallback;
        return root.resolve(node.text()).normalize();
    }
}
