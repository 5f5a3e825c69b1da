/** What io's readers of foreign formats share; not exported by the module. */
@NullMarked
package org.migov.io.internal;

import org.jspecify.annotations.NullMarked;
