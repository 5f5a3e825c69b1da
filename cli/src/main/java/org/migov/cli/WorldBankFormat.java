package org.migov.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.migov.io.worldbank.IndicatorMeaning;
import org.migov.io.worldbank.WorldBankException;
import org.migov.io.worldbank.WorldBankReader;
import org.migov.io.worldbank.WorldBankResult;

/**
 * A page of the World Bank Indicators API v2 in JSON ({@code ?format=json}), read into remittance
 * series; further pages of the query come with {@code --page}. Indicators the reader does not
 * know are read with {@code --indicator} and the meaning given by {@code --measure}, {@code
 * --direction}, {@code --currency} (US dollars unless given) and {@code --unit-multiplier}.
 * Skipped aggregates, missing values and notes are reported.
 */
final class WorldBankFormat implements Format {
  @Override
  public String name() {
    return "worldbank";
  }

  @Override
  public List<String> extensions() {
    return List.of();
  }

  @Override
  public String description() {
    return "a World Bank Indicators API v2 JSON page (read only; --from worldbank)";
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public boolean writable() {
    return false;
  }

  @Override
  public Content read(Path file, ConvertOptions options) {
    InteropOptions o = options.interop();
    WorldBankReader.Builder b = WorldBankReader.builder();
    if (!o.indicators().isEmpty()) {
      if (o.measure() == null || o.direction() == null) {
        throw new UserError(Migov.USAGE, "--indicator needs --measure and --direction: what"
            + " the indicator's values are");
      }
      Currency currency = o.currency() != null ? o.currency() : Currency.getInstance("USD");
      Integer multiplier = o.unitMultiplier();
      IndicatorMeaning meaning = new IndicatorMeaning(o.measure(), o.direction(), currency,
          multiplier == null ? 0 : multiplier);
      for (String id : o.indicators()) {
        b.indicator(id, meaning);
      }
    } else if (o.measure() != null || o.direction() != null || o.currency() != null) {
      throw new UserError(Migov.USAGE, "--measure, --direction and --currency give the meaning"
          + " of the indicators named with --indicator: name them");
    }
    WorldBankResult result;
    try {
      List<Path> all = new ArrayList<>();
      all.add(file);
      all.addAll(o.pages());
      result = b.build().read(all.toArray(Path[]::new));
    } catch (WorldBankException e) {
      int code = e.problem() == WorldBankException.Problem.IO_ERROR
          || e.problem() == WorldBankException.Problem.UNKNOWN_INDICATOR
          ? Migov.USAGE : Migov.DATA_ERRORS;
      throw new UserError(code, file + ": " + Interop.inCommandTerms(
          String.valueOf(e.getMessage())));
    }
    report(file, result, options);
    return new Content(ModelType.REMITTANCE_SERIES, result.series().stream());
  }

  private static void report(Path file, WorldBankResult r, ConvertOptions options) {
    int observations = r.series().stream().mapToInt(s -> s.observations().size()).sum();
    options.report().accept(file + ": " + Interop.count(r.series().size(), "series", "series")
        + ", " + Interop.count(observations, "observation", "observations"));
    if (!r.aggregates().isEmpty()) {
      int rows = r.aggregates().stream().mapToInt(WorldBankResult.Aggregate::rows).sum();
      options.report().accept(file + ": skipped " + Interop.count(r.aggregates().size(),
          "aggregate", "aggregates") + " (regions and income groups, not countries; "
          + Interop.count(rows, "row", "rows") + "): "
          + Interop.some(r.aggregates().stream()
              .map(a -> (a.iso3Code().isEmpty() ? a.id() : a.iso3Code()) + " " + a.name())
              .collect(Collectors.toList())));
    }
    if (!r.missing().isEmpty()) {
      options.report().accept(file + ": " + Interop.count(r.missing().size(),
          "period", "periods") + " without a value (null, not zero; no observation made): "
          + Interop.some(r.missing().stream()
              .map(m -> m.reporter() + " " + m.indicator() + " " + m.period())
              .collect(Collectors.toList())));
    }
    List<WorldBankResult.Note> notes = r.notes();
    for (int i = 0; i < Math.min(notes.size(), Interop.SHOWN); i++) {
      WorldBankResult.Note n = notes.get(i);
      options.report().accept(file + ": note (" + n.kind() + ") on " + n.reporter() + " "
          + n.indicator() + " " + n.period() + ": " + n.text());
    }
    if (notes.size() > Interop.SHOWN) {
      options.report().accept(file + ": ... and " + (notes.size() - Interop.SHOWN)
          + " more notes");
    }
  }

  @Override
  public void write(Content content, OutputStream out, ConvertOptions options) {
    throw new UserError(Migov.USAGE, "the format worldbank cannot be written");
  }
}
