/** Site configuration, topic taxonomy and people gazetteer, read from YAML with strict checking. */
package org.mujaz.config;
