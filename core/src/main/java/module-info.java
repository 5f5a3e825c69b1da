/**
 * The migov domain model of migration governance data and its validation.
 *
 * <p>Exports {@code org.migov.model} (the immutable model) and {@code org.migov.validation}
 * (violations, the exception thrown by builders and the report of dataset validation). Requires
 * nothing at run time: Immutables and JSpecify are used at compile time only.
 *
 * @since 0.1.0
 */
module org.migov.core {
  requires static org.immutables.value.annotations;
  // not transitive: a module that reads org.migov.core would then need JSpecify to compile
  requires static org.jspecify;

  exports org.migov.model;
  exports org.migov.validation;
}
