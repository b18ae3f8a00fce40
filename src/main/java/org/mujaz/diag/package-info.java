/** Positions in source files and the one diagnostic type, printed as {@code file:line:col: severity: message}. */
package org.mujaz.diag;
