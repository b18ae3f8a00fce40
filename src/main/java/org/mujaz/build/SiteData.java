package org.mujaz.build;

import java.nio.file.Path;
import java.util.List;
import org.mujaz.config.GazetteerLoader;
import org.mujaz.config.SiteConfig;
import org.mujaz.config.SiteConfigLoader;
import org.mujaz.config.TaxonomyLoader;
import org.mujaz.model.KnownPerson;
import org.mujaz.model.Topic;

/** A site folder's configuration and data files, read once; errors in any of them stop the command. */
public record SiteData(SiteConfig config, List<Topic> taxonomy, List<KnownPerson> gazetteer) {

    public SiteData withOutputDir(Path dir) { return new SiteData(config.withOutputDir(dir), taxonomy, gazetteer); }

    public SiteData withBaseUrl(String url) { return new SiteData(config.withBaseUrl(url), taxonomy, gazetteer); }

    public static SiteData load(Path root) {
        SiteConfig config = SiteConfigLoader.load(root);
        return new SiteData(config,
                TaxonomyLoader.load(config.dataDir().resolve("topics.yaml")),
                GazetteerLoader.load(config.dataDir().resolve("people.yaml")));
    }
}
