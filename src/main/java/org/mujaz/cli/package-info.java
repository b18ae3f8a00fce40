/** The command line: one picocli class per subcommand. */
package org.mujaz.cli;
