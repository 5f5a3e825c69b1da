/** Implementation of the JSON format; not exported, not part of the API. */
@NullMarked
package org.migov.io.json.internal;

import org.jspecify.annotations.NullMarked;
