/** The site's structure: which pages exist, which briefs each depends on, and the one place that computes URLs and paths. */
package org.mujaz.site;
