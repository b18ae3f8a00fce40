package org.mujaz.render;

import java.util.Map;
import java.util.Set;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/** Lets Thymeleaf read templates through a {@link TemplateSource}, so site overrides apply to fragments too. */
final class SourceTemplateResolver extends AbstractConfigurableTemplateResolver {

    private final TemplateSource source;

    SourceTemplateResolver(TemplateSource source) {
        this.source = source;
        setCharacterEncoding("UTF-8");
        setXmlTemplateModePatterns(Set.of("*.xml"));
        setTextTemplateModePatterns(Set.of("*.txt"));
        // Templates never change during a build; parsing each once is what makes rendering fast.
        setCacheable(true);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, String resourceName, String characterEncoding,
                                                        Map<String, Object> templateResolutionAttributes) {
        return new StringTemplateResource(source.text(resourceName));
    }
}
