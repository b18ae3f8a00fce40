/** Turning an article into a brief: summary, statements, next steps, persons, organisations, topics and dates. */
package org.mujaz.extract;
