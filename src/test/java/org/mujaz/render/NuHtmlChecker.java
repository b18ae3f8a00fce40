package org.mujaz.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker run in-process, collecting errors (warnings and info are ignored),
 * so tests can assert that every rendered page is valid HTML without a network service.
 */
public final class NuHtmlChecker {

    // The same schema the checker's command line uses for text/html documents.
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private NuHtmlChecker() {
    }

    /** Every error the checker reports for a UTF-8 HTML document, as "line:col message". */
    public static synchronized List<String> errors(byte[] html) throws Exception {
        return check(html, false);
    }

    /** Every error the checker's CSS validator reports for a UTF-8 stylesheet. */
    static synchronized List<String> cssErrors(byte[] css) throws Exception {
        return check(css, true);
    }

    private static List<String> check(byte[] bytes, boolean css) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { error(e); }
        };
        // Language detection is switched off: it needs a network-free model but only ever warns.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(SCHEMA, handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        InputSource in = new InputSource(new ByteArrayInputStream(bytes));
        in.setEncoding("UTF-8");
        if (css) validator.checkCssInputSource(in);
        else validator.checkHtmlInputSource(in);
        return errors;
    }
}
