package org.migov.io.json.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migov.model.CountryCode;
import org.migov.model.OrganisationId;
import org.migov.model.Party;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/** A party: {@code {"country": "PAK"}} or {@code {"organisation": "icmpd"}}. */
final class PartyCodec extends Codec<Party> {
  private static final tools.jackson.core.SerializableString COUNTRY =
      new tools.jackson.core.io.SerializedString("country");
  private static final tools.jackson.core.SerializableString ORGANISATION =
      new tools.jackson.core.io.SerializedString("organisation");

  /** Matches "country" (0) and "organisation" (1). */
  private static final PropertyNameMatcher NAMES = BinaryNameMatcher.constructFrom(
      List.of(Named.fromString("country"), Named.fromString("organisation")), false, false);

  private final Codec<CountryCode> country;
  private final Codec<OrganisationId> organisation;

  PartyCodec(Codec<CountryCode> country, Codec<OrganisationId> organisation) {
    this.country = country;
    this.organisation = organisation;
  }

  @Override
  public void write(JsonGenerator g, Party value) {
    g.writeStartObject();
    java.util.Optional<CountryCode> c = value.asCountry();
    if (c.isPresent()) {
      g.writeName(COUNTRY);
      Scalars.writeCountry(g, c.get()); // as the country codec writes it
    } else {
      g.writeName(ORGANISATION);
      organisation.write(g, value.asOrganisation().orElseThrow());
    }
    g.writeEndObject();
  }

  @Override
  public Party read(In in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.wrongType("an object");
    }
    @Nullable Party party = null;
    // duplicate properties are rejected: a party has one, rarely more
    int known = 0; // a bit for each known name seen
    java.util.@Nullable Set<String> more = null;
    int count = 0;
    for (int i = in.nextName(NAMES); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextName(NAMES)) {
      in.property(++count);
      if (i < 0) {
        String name = in.parser.currentName();
        if (more == null) {
          more = new java.util.HashSet<>();
        }
        if (!more.add(name)) {
          throw in.duplicate(name);
        }
        in.next();
        if (in.options.failOnUnknownProperties()) {
          throw in.fail(ReadFailure.Kind.UNKNOWN_PROPERTY, "'%s' is not a property of a party; use "
              + "'country' or 'organisation'", Scalars.abbreviate(name));
        }
        in.skip();
        continue;
      }
      if ((known & (1 << i)) != 0) {
        throw in.duplicate(NAMES.nameLookup()[i]);
      }
      known |= 1 << i;
      in.next();
      if (party != null) {
        throw in.fail(ReadFailure.Kind.INVALID_VALUE,
            "a party is either a country or an organisation, not both nor twice");
      }
      party = i == 0 ? Party.country(country.read(in)) : Party.organisation(organisation.read(in));
    }
    if (party == null) {
      throw in.fail(ReadFailure.Kind.INVALID_VALUE,
          "a party needs 'country' (an ISO 3166-1 alpha-3 code) or 'organisation' (an id)");
    }
    return party;
  }

  @Override
  public Map<String, Object> schema() {
    return Scalars.map("$ref", "#/$defs/party");
  }

  /** Returns the definition of a party for the schema's {@code $defs}. */
  static Map<String, Object> definitionSchema(Codec<CountryCode> country,
      Codec<OrganisationId> organisation) {
    return Scalars.map("oneOf", List.of(
        Scalars.map("type", "object", "properties", Scalars.map("country", country.schema()),
            "required", List.of("country"), "additionalProperties", false),
        Scalars.map("type", "object", "properties",
            Scalars.map("organisation", organisation.schema()),
            "required", List.of("organisation"), "additionalProperties", false)));
  }
}
