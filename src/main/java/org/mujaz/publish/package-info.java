/** Writing the output tree atomically: a staging folder swapped in when complete. */
package org.mujaz.publish;
