/** Reading articles: front matter, Markdown and plain text, and stripping scraped site boilerplate. */
package org.mujaz.load;
