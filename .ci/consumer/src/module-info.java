/** A user's module: it requires only migov's JSON module, which brings the model and Jackson. */
module org.migov.consumer {
  requires org.migov.io;
}
