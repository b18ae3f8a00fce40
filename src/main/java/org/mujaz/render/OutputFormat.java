package org.mujaz.render;

import org.thymeleaf.templatemode.TemplateMode;

/**
 * The kinds of file the renderer writes, as values: adding a format (JSON, print) adds a constant
 * and templates, not a class.
 *
 * @see #template(String)
 */
public enum OutputFormat {
    HTML("html", "text/html", "index.html", "html", ".html", TemplateMode.HTML),
    ATOM("atom", "application/atom+xml", "feed.xml", "xml", ".xml", TemplateMode.XML),
    SITEMAP("sitemap", "application/xml", "sitemap.xml", "xml", ".xml", TemplateMode.XML),
    ROBOTS("robots", "text/plain", "robots.txt", "text", ".txt", TemplateMode.TEXT);

    private final String formatName;
    private final String mediaType;
    private final String fileName;
    private final String templateDir;
    private final String templateSuffix;
    private final TemplateMode templateMode;

    OutputFormat(String formatName, String mediaType, String fileName, String templateDir,
                 String templateSuffix, TemplateMode mode) {
        this.formatName = formatName;
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.templateDir = templateDir;
        this.templateSuffix = templateSuffix;
        this.templateMode = mode;
    }

    public String formatName() { return formatName; }

    public String mediaType() { return mediaType; }

    /** The file a page of this format is written to inside its URL's folder (or at the root). */
    public String fileName() { return fileName; }

    public String templateSuffix() { return templateSuffix; }

    TemplateMode templateMode() { return templateMode; }

    /** The template path for a page template name, e.g. HTML + "brief" gives {@code html/brief.html}. */
    public String template(String name) { return templateDir + "/" + name + templateSuffix; }
}
