/** Wires the stages into a whole site build. */
package org.mujaz.build;
