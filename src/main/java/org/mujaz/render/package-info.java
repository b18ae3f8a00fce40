/** Output formats as values and the Thymeleaf rendering of site pages into bytes. */
package org.mujaz.render;
