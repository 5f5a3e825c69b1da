/**
 * Implementation details of the model; not exported, not part of the API.
 */
@NullMarked
package org.migov.model.internal;

import org.jspecify.annotations.NullMarked;
