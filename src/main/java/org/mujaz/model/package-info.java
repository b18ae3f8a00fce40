/** Records of the pipeline's data: articles, briefs and their parts; no behaviour beyond small derivations. */
package org.mujaz.model;
